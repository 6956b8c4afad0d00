package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;
import org.withme.tender.TenderRun;

/**
 * Young panellists do their tender work in the real Tasklist, in Chromium: forms with lists
 * (dynamiclist) can be filled and completed, and each form passes axe-core's WCAG 2.2 AA check.
 */
@WithMeTest
class YoungPanelBrowserTest {

  /** The form as form-js renders it in the Tasklist; the Tasklist's own page is checked apart. */
  static final String FORM = ".fjs-container";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void aYoungPanellistWritesQuestionsAndScoresTheBidsInTheEasyReadForm() {
    TenderRun run = new TenderRun(engine, Programmes.newReference()).start("PA2023", false);
    Browser browser = Browser.shared();
    browser.login(rest.getRootUri(), "tasklist", "yasmin", "yasmin");

    // Write young people's questions: a group task, claimed first; a list of two questions
    Task write = run.task("WriteYoungQuestions");
    browser.waitForText("My work"); // the default view: my tasks and my groups' tasks
    assertThat(browser.script("return window.withmeFormsPatched === true && window.withmeWeekStartsOnMonday === true"))
        .as("scripts/withme-forms.js found form-js and its date picker").isEqualTo(true);
    openCard(browser, write, run.tender());
    browser.click(By.xpath("//button[normalize-space(.)='Claim']"));
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
    assertAccessible(browser);

    complete(browser, "write-young-questions");
    assertCompleted(browser, write);
    assertThat(run.tasks("AgreeQuestionsAndWeights")).as("the commissioner's next step").hasSize(1);

    // Score the bids (Easy Read): yasmin's own task, one score and reason for each bid and question
    run.questionsWeighted().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    Task score = run.tasks("ScoreBids").stream().filter(t -> "yasmin".equals(t.getAssignee())).findFirst().orElseThrow();
    browser.open(rest.getRootUri() + "/camunda/app/tasklist/default/");
    openCard(browser, score, run.tender());
    browser.waitUntil(d -> !d.findElements(By.xpath("//label[normalize-space(.)='4 - good']")).isEmpty());
    List<WebElement> good = browser.driver().findElements(By.xpath("//label[normalize-space(.)='4 - good']"));
    List<WebElement> reasons = browser.driver().findElements(By.cssSelector(FORM + " .fjs-form-field-dynamiclist textarea:not([readonly])"));
    assertThat(good).isNotEmpty().hasSameSizeAs(reasons);
    for (int i = 0; i < good.size(); i++) {
      browser.click(good.get(i));
      reasons.get(i).sendKeys("They say how young carers get a break every week.");
    }
    browser.click(browser.find(By.cssSelector(FORM + " .fjs-form-field-checkbox input[type='checkbox']")));
    assertAccessible(browser);
    complete(browser, "score-bids-easy-read");
    assertCompleted(browser, score);
    assertThat(run.tasks("ScoreBids")).extracting(Task::getAssignee).containsExactly("cora", "kai");
  }

  /** Opens the task from its card in the default view; the card names the tender it belongs to. */
  private void openCard(Browser browser, Task task, String reference) {
    By card = By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(@href, 'task=" + task.getId() + "')]]");
    browser.waitUntil(d -> !d.findElements(card).isEmpty() && d.findElement(card).getText().contains(reference));
    assertThat(browser.find(card).getText()).contains(reference, "Young carers' support service");
    browser.click(By.cssSelector(".tasks-list li a[href*='task=" + task.getId() + "']"));
    browser.find(By.cssSelector(FORM));
  }

  private void complete(Browser browser, String form) {
    By completeButton = By.xpath("//button[normalize-space(.)='Complete']");
    try {
      browser.waitUntil(d -> d.findElement(completeButton).isEnabled());
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("young-panel-" + form + "-not-completable");
      throw new AssertionError("Complete stays disabled on the filled form " + form + "; form-js errors: "
          + browser.script("return JSON.stringify(window.withmeLastFormErrors)"), e);
    }
    browser.screenshot("young-panel-" + form);
    assertThat(browser.find(completeButton).isEnabled()).as("Complete enabled on the filled form " + form).isTrue();
    browser.click(browser.find(completeButton));
  }

  private void assertCompleted(Browser browser, Task task) {
    browser.waitUntil(d -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId())
        .singleResult().getEndTime() != null);
    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
  }

  private void assertAccessible(Browser browser) {
    assertThat(browser.seriousAccessibilityViolations(FORM)).as("axe-core serious/critical violations in the form").isEmpty();
  }
}
