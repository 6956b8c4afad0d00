package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;
import org.withme.tender.TenderRun;

/**
 * Young panellists do their tender work in the real Tasklist, in Chromium: forms with lists
 * (dynamiclist) can be filled and completed, and each form passes axe-core's WCAG 2.2 AA check.
 */
@WithMeTest
class YoungPanelBrowserTest {

  /** The form as form-js renders it in the Tasklist; the Tasklist's own page is checked apart. */
  static final String FORM = Tasklist.FORM;

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void aYoungPanellistWritesQuestionsAndScoresTheBidsInTheEasyReadForm() {
    TenderRun run = new TenderRun(engine, Programmes.newReference()).start("PA2023", false);
    Tasklist yasmin = Tasklist.at(rest.getRootUri(), engine).signIn("yasmin");
    Browser browser = yasmin.browser();

    // Write young people's questions: a group task, claimed from its card; a list of two questions
    Task write = run.task("WriteYoungQuestions");
    assertThat(browser.script("return window.withmeFormsPatched === true && window.withmeWeekStartsOnMonday === true"))
        .as("scripts/withme-forms.js found form-js and its date picker").isEqualTo(true);
    yasmin.open(write, run.tender(), "Young carers' support service");
    assertThat(engine.getTaskService().createTaskQuery().taskId(write.getId()).singleResult().getAssignee()).isEqualTo("yasmin");
    // Add Comment on a group's formRef task (the webapps' REST route), before filling the form:
    // the Tasklist reloads the form after a comment
    browser.click(By.xpath("//a[contains(normalize-space(.), 'Add Comment')]"));
    browser.find(By.id("comment-form-message")).sendKeys("I asked my youth worker to check my questions.");
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Save']"));
    browser.waitUntil(d -> engine.getTaskService().getTaskComments(write.getId()).size() == 1);
    assertThat(engine.getTaskService().getTaskComments(write.getId()).get(0).getUserId()).isEqualTo("yasmin");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());

    browser.waitUntil(d -> !d.findElements(By.cssSelector(FORM + " textarea")).isEmpty());
    List<WebElement> questions = browser.driver().findElements(By.cssSelector(FORM + " .fjs-form-field-dynamiclist textarea:not([readonly])"));
    assertThat(questions).hasSize(2);
    questions.get(0).sendKeys("How will young carers get a break?");
    questions.get(1).sendKeys("Who can we talk to when things go wrong?");
    yasmin.complete(write, "young-panel-write-young-questions");
    assertThat(run.tasks("AgreeQuestionsAndWeights")).as("the commissioner's next step").hasSize(1);

    // Score the bids (Easy Read): yasmin's own task, one score and reason for each bid and question
    run.questionsWeighted().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    Task score = run.tasks("ScoreBids").stream().filter(t -> "yasmin".equals(t.getAssignee())).findFirst().orElseThrow();
    yasmin.open(score, run.tender(), "Young carers' support service");
    browser.waitUntil(d -> !d.findElements(By.xpath("//label[normalize-space(.)='4 - good']")).isEmpty());
    List<WebElement> good = browser.driver().findElements(By.xpath("//label[normalize-space(.)='4 - good']"));
    List<WebElement> reasons = browser.driver().findElements(By.cssSelector(FORM + " .fjs-form-field-dynamiclist textarea:not([readonly])"));
    assertThat(good).isNotEmpty().hasSameSizeAs(reasons);
    for (int i = 0; i < good.size(); i++) {
      browser.click(good.get(i));
      reasons.get(i).sendKeys("They say how young carers get a break every week.");
    }
    browser.click(browser.find(By.cssSelector(FORM + " .fjs-form-field-checkbox input[type='checkbox']")));
    yasmin.complete(score, "young-panel-score-bids-easy-read");
    assertThat(run.tasks("ScoreBids")).extracting(Task::getAssignee).containsExactly("cora", "kai");
  }
}
