package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.DatesInWords;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * A tender evaluation walked in the real Tasklist, in Chromium, from the start form to its end:
 * procurement starts it, and every task is done by its own people, signed in with their demo
 * login, filling the form by its labels and clicking Complete. A young panellist writes questions,
 * the commissioner agrees the questions, the participation officer records the panel, each
 * panellist declares, procurement publishes, holds the dialogue day and registers the bids, and
 * yasmin and kai score in the Easy Read form and cora in the standard one; procurement moderates,
 * records the signed participation charter and, once the standstill is over, awards the contract;
 * the participation officer tells the panel what their scores did and sends each young panellist's
 * reward. Every form is checked with axe-core and logged in target/browser-walks.tsv.
 */
@WithMeTest
class TenderWalkTest {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String TITLE = "Young carers' breaks 2027";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private Tasklist tasklist;
  private ProcessInstance pi;
  private String tender;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void aTenderIsWalkedThroughTheTasklistByEveryRole() {
    String programme = Programmes.newReference();
    tasklist = Tasklist.at(rest.getRootUri(), engine);
    Browser browser = tasklist.browser();
    LocalDate today = LocalDate.now();

    // procurement starts the tender from the Tasklist's start form
    String[] startRow = startTender(programme);
    tender = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    assertThat(tender).isEqualTo(programme + "-T1");

    // a young panellist writes the young people's questions (a group task, claimed from its card)
    tasklist.signIn("yasmin");
    Task write = task("WriteYoungQuestions");
    assertThat(browser.script("return window.withmeFormsPatched === true && window.withmeWeekStartsOnMonday === true"))
        .as("scripts/withme-forms.js found form-js and its date picker").isEqualTo(true);
    assertThat(browser.script("return window.withmeUkDates === true")).as("date fields in dd/mm/yyyy, whatever the browser's language")
        .isEqualTo(true);
    tasklist.open(write, tender, TITLE);
    assertThat(engine.getTaskService().createTaskQuery().taskId(write.getId()).singleResult().getAssignee()).isEqualTo("yasmin");
    // Add Comment on a group's formRef task (the webapps' REST route), before filling the form:
    // the Tasklist reloads the form after a comment
    browser.click(By.xpath("//a[contains(normalize-space(.), 'Add Comment')]"));
    browser.find(By.id("comment-form-message")).sendKeys("I asked my youth worker to check my questions.");
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Save']"));
    browser.waitUntil(d -> engine.getTaskService().getTaskComments(write.getId()).size() == 1);
    assertThat(engine.getTaskService().getTaskComments(write.getId()).get(0).getUserId()).isEqualTo("yasmin");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
    browser.waitUntil(d -> !d.findElements(By.cssSelector(Tasklist.FORM + " .fjs-form-field-dynamiclist textarea")).isEmpty());
    List<WebElement> questions = tasklist.rows("Your questions");
    assertThat(questions).hasSize(2);
    tasklist.typeIn(questions.get(0), "Question", "How will young carers get a break every week?");
    tasklist.typeIn(questions.get(1), "Question", "How will young carers help run the service?");
    tasklist.type("Anything else", "Please meet us after school, not in the day.");
    tasklist.complete(write, "tender-walk-01-write-young-questions");
    appendToWalkLog(startRow);

    // the commissioner sees the young people's questions as a list and agrees questions and weights
    tasklist.signIn("cora");
    Task agree = task("AgreeQuestionsAndWeights");
    tasklist.open(agree, tender, TITLE);
    String shown = browser.find(By.cssSelector(Tasklist.FORM)).getText();
    assertThat(shown).as("the young people's questions and note, readable on the commissioner's form")
        .contains("How will young carers get a break every week?", "How will young carers help run the service?",
            "Please meet us after school, not in the day.");
    List<WebElement> rows = tasklist.rows("Questions and weights");
    assertThat(rows).hasSize(2);
    question(rows.get(0), "Q1", "How will young carers get a break every week?", "40", "Young people", "Young panellists");
    question(rows.get(1), "Q2", "How will you find young carers nobody knows about yet?", "40", "Officers", "Officer panellists");
    rows = tasklist.addRow("Questions and weights");
    question(rows.get(2), "Q3", "How will young carers help run the service?", "20", "Young people", "The whole panel");
    tasklist.complete(agree, "tender-walk-02-agree-questions-and-weights");

    // the participation officer records the panel: two young carers and a commissioner
    tasklist.signIn("pat");
    Task panel = task("RecruitPanel");
    tasklist.open(panel, tender, TITLE);
    rows = tasklist.rows("Panel");
    assertThat(rows).hasSize(3);
    youngPanellist(rows.get(0), "yasmin", "Cinema vouchers");
    youngPanellist(rows.get(1), "kai", "Music shop voucher");
    tasklist.typeIn(rows.get(2), "User id", "cora");
    tasklist.type("How the young carers chose", "The young carers' forum voted for two of its members.");
    tasklist.complete(panel, "tender-walk-03-record-the-panel");

    // each panellist declares, on their own task
    for (String panellist : List.of("yasmin", "kai", "cora")) {
      tasklist.signIn(panellist);
      Task declare = ownTask("DeclareConflicts", panellist);
      tasklist.open(declare, tender, TITLE);
      tasklist.tick("No");
      tasklist.complete(declare, "tender-walk-04-declare-conflicts-" + panellist);
    }

    // procurement publishes, holds the dialogue day and registers the bids
    tasklist.signIn("priya");
    Task publish = task("PublishTender");
    tasklist.open(publish, tender, TITLE);
    tasklist.date("Published on", today.format(UK));
    tasklist.date("Scoring deadline", today.plusDays(14).format(UK));
    tasklist.tick("No");
    tasklist.complete(publish, "tender-walk-05-publish-tender");
    assertThat(DatesInWords.of((java.util.Date) engine.getRuntimeService().getVariable(pi.getId(), "scoringDeadline")))
        .as("the scoring deadline typed as dd/mm/yyyy").isEqualTo(DatesInWords.of(today.plusDays(14)));

    Task dialogue = task("RunDialogueDay");
    tasklist.open(dialogue, tender, TITLE);
    tasklist.date("Dialogue day", today.format(UK));
    tasklist.type("Young person who presented", "Yasmin");
    tasklist.type("What they told the providers", "A good break is time with friends, not only a day trip.");
    rows = tasklist.addRow("Clarification log");
    tasklist.typeIn(rows.get(0), "Bidder's question", "Can we work with a partner charity?");
    tasklist.typeIn(rows.get(0), "Our answer", "Yes, if the bid names it.");
    tasklist.complete(dialogue, "tender-walk-06-hold-dialogue-day");

    Task bids = task("RegisterBids");
    tasklist.open(bids, tender, TITLE);
    rows = tasklist.rows("Bids");
    assertThat(rows).hasSize(2);
    tasklist.typeIn(rows.get(0), "Bidder", "North Star Carers");
    tasklist.typeIn(rows.get(0), "Price", "400000");
    tasklist.typeIn(rows.get(0), "Contact e-mail", "bids@north-star.example");
    tasklist.typeIn(rows.get(0), "Documents", "https://bids.example.org/north-star");
    tasklist.typeIn(rows.get(1), "Bidder", "Harbour Youth Trust");
    tasklist.typeIn(rows.get(1), "Price", "500000");
    tasklist.typeIn(rows.get(1), "Contact e-mail", "tenders@harbour.example");
    tasklist.typeIn(rows.get(1), "Documents", "https://bids.example.org/harbour");
    tasklist.date("Bids closed on", today.format(UK));
    tasklist.complete(bids, "tender-walk-07-register-bids");

    // the young panellists score in the Easy Read form, the commissioner in the standard one
    for (String young : List.of("yasmin", "kai")) {
      tasklist.signIn(young);
      if (young.equals("yasmin")) {
        tasklist.mainScreen("young-panellists");
      }
      Task score = ownTask("ScoreBids", young);
      tasklist.open(score, tender, TITLE);
      List<WebElement> good = scoreColumn(() -> tasklist.optionColumn("Your scores", "What score do you give?", "4 - good"),
          "score-bids-easy-read-" + young);
      List<WebElement> why = tasklist.column("Your scores", "Why did you give this score?");
      assertThat(good).as("two bids, each on the two questions young people score").hasSize(4).hasSameSizeAs(why);
      easyRead(today.plusDays(14));
      for (int i = 0; i < good.size(); i++) {
        tasklist.browser().click(good.get(i));
        tasklist.typeInColumn("Your scores", "Why did you give this score?", i, "They say how young carers get a break every week.");
      }
      tasklist.tick("I did this on my own");
      tasklist.complete(score, "tender-walk-08-score-bids-easy-read-" + young);
    }
    tasklist.signIn("cora");
    Task coraScores = ownTask("ScoreBids", "cora");
    tasklist.open(coraScores, tender, TITLE);
    List<WebElement> scores = scoreColumn(() -> tasklist.column("Your scores", "Score (0 to 5)"), "score-bids-cora");
    List<WebElement> reasons = tasklist.column("Your scores", "Reason");
    assertThat(scores).as("two bids, each on the two questions officers score").hasSize(4).hasSameSizeAs(reasons);
    for (int i = 0; i < scores.size(); i++) {
      tasklist.typeInColumn("Your scores", "Score (0 to 5)", i, "4");
      tasklist.typeInColumn("Your scores", "Reason", i, "A clear plan with examples.");
    }
    tasklist.complete(coraScores, "tender-walk-09-score-bids-cora");

    // every panellist's own scores are on record
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ? and kind = 'written'"
        + " and superseded_at is null", Integer.class, tender)).as("four scores from each of the three panellists").isEqualTo(12);

    // procurement moderates: one agreed score per bid and question, with the panel's spread shown
    tasklist.signIn("priya");
    tasklist.mainScreen("procurement");
    Task moderate = task("ModerateScores");
    tasklist.open(moderate, tender, TITLE);
    List<WebElement> agreed = scoreColumn(() -> tasklist.column("Agreed scores", "Agreed score (0 to 5)"), "moderate-scores");
    assertThat(agreed).as("two bids, each on three questions").hasSize(6);
    assertThat(tasklist.formText()).as("the panel's own scores and reasons, readable by the moderator")
        .contains("They say how young carers get a break every week.", "A clear plan with examples.");
    for (int i = 0; i < agreed.size(); i++) {
      tasklist.typeInColumn("Agreed scores", "Agreed score (0 to 5)", i, "4");
      tasklist.typeInColumn("Agreed scores", "Why the panel agreed this score", i, "Every panellist gave 4 for a clear plan.");
    }
    tasklist.type("Notes from the moderation meeting", "The panel met on Teams; the young panellists spoke first.");
    tasklist.complete(moderate, "tender-walk-10-moderate-scores");

    // the preferred bidder signs the participation charter
    Task charter = task("SignParticipationCharter");
    tasklist.open(charter, tender, TITLE);
    String bidder = tasklist.readOnly("Preferred bidder");
    assertThat(bidder).isIn("North Star Carers", "Harbour Youth Trust");
    tasklist.tick("Yes");
    tasklist.type("Who signed", "A. Director, for " + bidder);
    tasklist.date("Date signed", today.format(UK));
    tasklist.complete(charter, "tender-walk-11-sign-participation-charter");

    // the standstill runs out (the only step no person does: its timer is fired here)
    org.camunda.bpm.engine.runtime.Job standstill = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("StandstillEnds").singleResult();
    assertThat(standstill).as("the Procurement Act's standstill is waited for").isNotNull();
    assertThat(standstill.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(7))));
    engine.getManagementService().executeJob(standstill.getId());

    Task award = task("AwardContract");
    tasklist.open(award, tender, TITLE);
    assertThat(tasklist.readOnly("Bidder")).isEqualTo(bidder);
    tasklist.type("Contract reference", "CON-" + tender);
    tasklist.complete(award, "tender-walk-12-award-contract");
    assertThat(jdbc.queryForObject("select awarded_bidder from wm_tender where reference = ?", String.class, tender)).isEqualTo(bidder);

    // the participation officer tells the panel what their scores did and sends each young panellist's reward
    tasklist.signIn("pat");
    Task tell = task("TellThePanel");
    tasklist.open(tell, tender, TITLE);
    assertThat(tasklist.readOnly("Contract awarded to")).isEqualTo(bidder);
    tasklist.type("What we told the panel", "Your scores were 60% of the quality mark; " + bidder + " won because of its weekly breaks.");
    tasklist.complete(tell, "tender-walk-13-tell-the-panel");
    List<Task> rewards = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("SendReward").list();
    assertThat(rewards).as("one reward for each young panellist").hasSize(2);
    for (Task reward : rewards) {
      tasklist.open(reward, tender, TITLE);
      assertThat(tasklist.readOnly("Reward they chose")).isIn("Cinema vouchers", "Music shop voucher");
      tasklist.date("Date sent", today.format(UK));
      tasklist.complete(reward, "tender-walk-14-send-reward-" + tasklist.readOnly("Young panellist").replaceAll("\\W+", "-").toLowerCase());
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getEndActivityId())
        .isEqualTo("TenderCompleted");
  }

  /** A column of the open score sheet, once form-js has rendered it. */
  private List<WebElement> scoreColumn(java.util.function.Supplier<List<WebElement>> column, String screenshot) {
    try {
      tasklist.browser().waitUntil(d -> !column.get().isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      tasklist.browser().screenshot("tender-walk-no-rows-" + screenshot);
      throw new AssertionError("no rows in 'Your scores'; the form says: "
          + tasklist.browser().find(By.cssSelector(Tasklist.FORM)).getText(), e);
    }
    return column.get();
  }

  /**
   * The Easy Read form as a young panellist sees it: the deadline in words, a picture with alt text
   * beside each key idea (served by WithMe), and for each bid and question where to read the bid.
   */
  private void easyRead(LocalDate deadline) {
    Browser browser = tasklist.browser();
    String shown = browser.find(By.cssSelector(Tasklist.FORM)).getText();
    assertThat(shown).contains("Please finish by " + DatesInWords.of(deadline) + ".")
        .doesNotContain(deadline.toString()).doesNotContain("T17:00");
    List<WebElement> pictures = browser.driver().findElements(By.cssSelector(Tasklist.FORM + " .wm-easy-read-idea img"));
    assertThat(pictures).as("a picture beside each key idea and beside each bid's answer").hasSizeGreaterThanOrEqualTo(7 + 4);
    for (WebElement picture : pictures) {
      assertThat(picture.getDomAttribute("alt")).as("alt text of " + picture.getDomAttribute("src")).isNotBlank();
      assertThat(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", picture))
          .as("the picture " + picture.getDomAttribute("src") + " is served").isEqualTo(true);
    }
    List<WebElement> links = browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')]"
        + "//a[starts-with(normalize-space(.), 'Open the bid from North Star Carers')]"));
    assertThat(links).as("a link to read North Star's bid beside each of its questions; the list shows: "
        + browser.script("return document.querySelector('.fjs-form-field-dynamiclist .wm-easy-read-idea').outerHTML")).hasSize(2);
    for (WebElement link : links) {
      assertThat(link.getDomProperty("href")).isEqualTo("https://bids.example.org/north-star");
    }
  }

  /** Fills the start form as priya (procurement may start tenders) and returns its walk-log row. */
  private String[] startTender(String programme) {
    tasklist.signIn("priya");
    Browser browser = tasklist.browser();
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(., 'Tender evaluation with young panellists')]"));
    browser.waitUntil(d -> !d.findElements(By.cssSelector(Tasklist.FORM + " .fjs-form-field")).isEmpty());
    tasklist.type("Programme reference", programme);
    tasklist.type("Programme title", TITLE);
    tasklist.choose("Service area", "Young carers");
    tasklist.type("Estimated contract value", "450000");
    tasklist.tick("Procurement Act 2023");
    List<String> violations = browser.seriousAccessibilityViolations(Tasklist.FORM);
    assertThat(violations).as("axe-core serious/critical violations in the start form").isEmpty();
    browser.screenshot("tender-walk-00-start-tender");
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));
    browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("tender-evaluation")
        .variableValueEquals("programmeReference", programme).count() == 1);
    pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("tender-evaluation")
        .variableValueEquals("programmeReference", programme).singleResult();
    browser.waitUntil(d -> d.findElements(By.cssSelector("[uib-modal-window]")).isEmpty());
    return new String[] {"tender-evaluation", "TenderRequested", "start-tender", "priya", String.valueOf(violations.size()),
        "tender-walk-00-start-tender"};
  }

  /** The start form has no task; its row joins the walk log once the log exists (after the first task). */
  private static void appendToWalkLog(String[] row) {
    try {
      Files.writeString(Path.of("target/browser-walks.tsv"), String.join("\t", row) + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void question(WebElement row, String id, String text, String weight, String author, String scoredBy) {
    tasklist.typeIn(row, "Question number", id);
    tasklist.typeIn(row, "Question", text);
    tasklist.typeIn(row, "Weight", weight);
    tasklist.chooseIn(row, "Written by", author);
    tasklist.chooseIn(row, "Scored by", scoredBy);
  }

  private void youngPanellist(WebElement row, String userId, String reward) {
    tasklist.typeIn(row, "User id", userId);
    tasklist.tickIn(row, "Young panellist");
    tasklist.chooseIn(row, "Age band", "16 to 17");
    tasklist.tickIn(row, "Consent of a parent");
    tasklist.tickIn(row, "Training done");
    tasklist.tickIn(row, "Confidentiality agreement signed");
    tasklist.typeIn(row, "Supporting adult", "Morgan (youth worker)");
    tasklist.tickIn(row, "Supporting adult's DBS");
    tasklist.typeIn(row, "Thank-you reward", reward);
  }

  private Task task(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0);
  }

  private Task ownTask(String key, String assignee) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .taskAssignee(assignee).singleResult();
  }
}
