package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * The annual framework review walked in the real Tasklist in Chromium, each task by its own
 * people: dara (the DCS) starts it from the start form, pat (participation officers) assesses the
 * ten key areas, ash (the advisory group) co-reviews them, dara sends it back once and then signs
 * it off, pat shares the published report and cora follows up her action. Every form is filled by
 * its labels, checked with axe-core and completed; nothing is set up through the engine.
 */
@WithMeTest
class FrameworkReviewWalkTest {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void theAnnualReviewFromTheStartFormToTheDcsSignOffAndTheSharedReport() {
    int year = freeYear();
    String reference = "REVIEW-" + year;
    String title = "Participation framework review " + year;

    // dara, the Director of Children's Services, starts the review of the year by hand
    Tasklist dara = as("dara");
    dara.openStartForm("Annual framework review").type("Review year", String.valueOf(year)).start("framework-review", "walk-review-start");
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("framework-review")
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(pi).as("the review of " + year + " started by dara").isNotNull();

    // Assess the ten key areas: pat; one action for cora, due in three months
    Task assess = task(pi, "SelfAssess");
    Tasklist pat = as("pat");
    YouthInspectionWalkTest.open(pat, assess, reference, title);
    assertThat(pat.formText()).contains("Programmes run:");
    selfAssess(pat);
    pat.complete(assess, "walk-review-self-assess");

    // Young people co-review the assessment: ash, in Easy Read; every key area needs their comment
    Task coReview = task(pi, "CoReview");
    Tasklist ash = as("ash");
    ash.mainScreen("advisory-group");
    YouthInspectionWalkTest.open(ash, coReview, reference, title);
    assertThat(ash.formText()).as("what ash reads").contains("Train every commissioner in participation").doesNotContainPattern(ISO_DATE);
    for (int n = 1; n <= 10; n++) {
      ash.type(n + ". What do you think?", "Ask us more, " + n);
    }
    ash.complete(coReview, "walk-review-co-review");

    // Sign off the review: dara sends it back with comments first; the DCS's main screen shows it waiting
    Task signOff = task(pi, "SignOff");
    dara = as("dara");
    dara.mainScreen("dcs");
    YouthInspectionWalkTest.open(dara, signOff, reference, title);
    dara.pickOption("Your decision", "Send it back with comments").type("Comments", "Say who trains the commissioners, and when.");
    dara.complete(signOff, "walk-review-sign-off-send-back");

    // the assessment comes back to pat with dara's comments; ash sees the new version again
    Task assessAgain = task(pi, "SelfAssess");
    pat = as("pat");
    YouthInspectionWalkTest.open(pat, assessAgain, reference, title);
    assertThat(pat.formText()).contains("Say who trains the commissioners");
    pat.type("1. We will know we have done this when", "All commissioners have done the course, run by the participation team");
    pat.complete(assessAgain, "walk-review-self-assess-again");
    Task coReviewAgain = task(pi, "CoReview");
    ash = as("ash");
    YouthInspectionWalkTest.open(ash, coReviewAgain, reference, title);
    ash.complete(coReviewAgain, "walk-review-co-review-again");

    Task signOffAgain = task(pi, "SignOff");
    assertThat(day(signOffAgain.getDueDate())).as("a fresh due date after the send-back").isEqualTo(LocalDate.now().plusDays(21));
    dara = as("dara");
    YouthInspectionWalkTest.open(dara, signOffAgain, reference, title);
    dara.pickOption("Your decision", "Sign off the review").type("Comments", "Signed off.");
    dara.complete(signOffAgain, "walk-review-sign-off");
    assertThat(jdbc.queryForObject("select signed_off_by from wm_framework_review where review_year = ?", String.class, year)).isEqualTo("dara");

    // Share the published review: pat, with the report's links
    Task share = task(pi, "ShareReport");
    pat = as("pat");
    YouthInspectionWalkTest.open(pat, share, reference, title);
    assertThat(pat.browser().driver().findElements(By.xpath("//a[contains(@href, '/withme/reviews/" + year + "/report.pdf')]")))
        .as("the link to the report").isNotEmpty();
    pat.type("Who you shared it with", "Youth council, Children in Care Council, staff briefing");
    pat.complete(share, "walk-review-share-report");

    // Follow up the action: cora, its owner
    Task action = task(pi, "FollowUpAction");
    assertThat(action.getAssignee()).isEqualTo("cora");
    Tasklist cora = as("cora");
    YouthInspectionWalkTest.open(cora, action, reference, title);
    assertThat(cora.formText()).contains("Train every commissioner in participation");
    cora.type("What was done", "Every commissioner did the participation course in the spring.");
    cora.complete(action, "walk-review-follow-up-action");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("the review ended").isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_review_area where review_year = ? and young_comment is not null",
        Integer.class, year)).isEqualTo(10);
  }

  /** Every key area's "now", and one action for cora in key area 1. */
  private static void selfAssess(Tasklist pat) {
    for (int n = 1; n <= 10; n++) {
      pat.type(n + ". What are we doing now?", "We do " + n);
    }
    pat.type("1. What do we need to do?", "Train every commissioner in participation")
        .type("1. Who is responsible", "cora")
        .date("1. By when", LocalDate.now().plusMonths(3).format(UK))
        .type("1. We will know we have done this when", "All commissioners have done the course");
  }

  /** A year from 2050 without a review yet (one review per year; the engine tests use the 2040s and 2070s). */
  private int freeYear() {
    for (int year = 2050; year < 2070; year++) {
      if (jdbc.queryForObject("select count(*) from wm_framework_review where review_year = ?", Integer.class, year) == 0) {
        return year;
      }
    }
    throw new IllegalStateException("every year from 2050 to 2069 has a review");
  }

  private static LocalDate day(java.util.Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** Signs the shared browser out of whoever was in, and in as {@code user}. */
  private Tasklist as(String user) {
    Browser.shared().driver().manage().deleteAllCookies();
    return Tasklist.at(rest.getRootUri(), engine).signIn(user);
  }

  private Task task(ProcessInstance pi, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(tasks).as("the next step, " + key).hasSize(1);
    return tasks.get(0);
  }
}
