package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * A Young Inspectors' visit, and a Young Inspector's training, walked end to end in the real
 * Tasklist in Chromium: each task done by its own people (pat the participation officer, isla the
 * Young Inspector, cora the commissioner), every form filled by its labels and completed, each
 * form checked with axe-core. Nothing is set up through the engine.
 */
@WithMeTest
class YouthInspectionWalkTest {

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
  void aYoungInspectorsVisitFromTheStartFormToTheReward() {
    String programme = Programmes.newReference();
    String contract = "CON-" + programme;
    Tasklist pat = as("pat");

    // pat starts the inspection from the Tasklist's start form
    pat.openStartForm("Young Inspectors' inspection")
        .type("Service or programme title", "Riverside youth club")
        .type("Programme reference", programme)
        .choose("Service area", "Youth")
        .type("Contract reference", contract)
        .type("Provider", "Riverside Youth Trust")
        .start("youth-inspection", "walk-inspection-start");
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("youth-inspection")
        .processInstanceBusinessKey(programme + "/inspection").singleResult();
    assertThat(pi).as("the inspection started by pat").isNotNull();

    // Assign Young Inspectors: pat picks isla (the demo's Young Inspector, by her login)
    Task assign = task(pi, "AssignInspectors");
    open(pat, assign, programme, "Riverside youth club");
    assertThat(pat.formText()).as("the inspectors' training dates in words").doesNotContainPattern(ISO_DATE);
    pat.pickOption("Young Inspectors for this visit", "Isla (isla)");
    pat.complete(assign, "walk-inspection-assign-inspectors");

    // Agree the monitoring tool: isla, a Young Inspector, changes a question and says what she changed
    Task tool = task(pi, "AgreeMonitoringTool");
    Tasklist isla = as("isla");
    open(isla, tool, programme, "Riverside youth club");
    noIsoDates(isla);
    isla.type("Question 3", "Can you get here easily after school?")
        .type("What the Young Inspectors changed or added", "I asked for the travel question in plain words.");
    isla.complete(tool, "walk-inspection-agree-monitoring-tool");

    // Schedule the visit: pat, with the consent of isla's parent (she is 16 or 17)
    Task schedule = task(pi, "ScheduleVisit");
    open((pat = as("pat")), schedule, programme, "Riverside youth club");
    LocalDate visit = LocalDate.now().plusDays(7);
    pat.date("Date of the visit", visit.format(UK))
        .tick("The provider has agreed the date")
        .type("Supporting adult on the visit", "Jo Arden, youth worker")
        .tick("Parent or carer consent received");
    pat.complete(schedule, "walk-inspection-schedule-visit");

    // Record the manager's view: cora, with the manager's answers (the two views are recorded side by side)
    Task manager = task(pi, "RecordManagerView");
    Tasklist cora = as("cora");
    open(cora, manager, programme, "Riverside youth club");
    cora.pickOption("Who filled this in?", "A commissioner");
    long[] managerScores = {5, 4, 4, 3, 4};
    for (int i = 0; i < managerScores.length; i++) {
      cora.type("Manager's score (1 to 5)", i, String.valueOf(managerScores[i]))
          .type("Manager's comment", i, "Answer " + (i + 1));
    }
    cora.complete(manager, "walk-inspection-record-manager-view");

    // Record what you found: isla scores each question; her main screen shows the task waiting
    Task findings = task(pi, "RecordInspectorFindings");
    (isla = as("isla")).mainScreen("youth-inspectors");
    open(isla, findings, programme, "Riverside youth club");
    noIsoDates(isla);
    // the three standard questions isla kept, her reworded third and the two standard ones after it
    long[] scores = {4, 2, 1, 3, 3};
    assertThat(isla.fields("Your score (1 to 5)")).as("one score per question of the tool").hasSize(scores.length);
    for (int i = 0; i < scores.length; i++) {
      isla.type("Your score (1 to 5)", i, String.valueOf(scores[i]))
          .type("Why? What did you see or hear?", i, "We saw it, " + (i + 1));
    }
    isla.complete(findings, "walk-inspection-record-findings");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectionGapCount")).isEqualTo(2);

    // Write the report with the Young Inspectors: isla sees the two views side by side and writes it
    Task report = task(pi, "WriteReport");
    open(isla, report, programme, "Riverside youth club");
    assertThat(isla.formText()).contains("GAP");
    noIsoDates(isla);
    isla.type("What the Young Inspectors found", "Young people feel safe, but have little say in what the club does.")
        .type("Recommendation 1", "Set up a youth forum that meets every term.")
        .type("Recommendation 2", "Run a late bus after evening sessions.");
    isla.complete(report, "walk-inspection-write-report");

    // Record the provider's response: cora, both accepted with a date
    Task response = task(pi, "ProviderResponse");
    open((cora = as("cora")), response, programme, "Riverside youth club");
    cora.pickOption("Provider's answer to recommendation 1", "Accepted")
        .pickOption("Provider's answer to recommendation 2", "Accepted");
    cora.type("Action the provider will take", 0, "The forum starts in January")
        .type("Action the provider will take", 1, "Ask the bus company for a 9pm bus");
    List<String> by = List.of(LocalDate.now().plusDays(40).format(UK), LocalDate.now().plusDays(20).format(UK));
    for (int i = 0; i < by.size(); i++) {
      var date = cora.fields("Action done by").get(i);
      cora.browser().click(date);
      date.sendKeys(by.get(i), org.openqa.selenium.Keys.ENTER);
      date.sendKeys(org.openqa.selenium.Keys.TAB);
    }
    cora.complete(response, "walk-inspection-provider-response");

    // Follow up the provider's actions: cora ticks both done
    Task followUp = task(pi, "FollowUpActions");
    open(cora, followUp, programme, "Riverside youth club");
    assertThat(cora.formText()).as("the actions' dates in words").doesNotContainPattern(ISO_DATE);
    cora.tick("Done", 0).tick("Done", 1)
        .type("What you checked", "The forum met and the 9pm bus runs.");
    cora.complete(followUp, "walk-inspection-follow-up-actions");

    // Tell the Young Inspectors what changed: pat
    Task tell = task(pi, "TellInspectors");
    open((pat = as("pat")), tell, programme, "Riverside youth club");
    pat.type("You said, we did", "You said there was no late bus: there is now a 9pm bus, and a youth forum.");
    pat.complete(tell, "walk-inspection-tell-inspectors");

    // Choose your reward and tell us how it went: isla's own task
    Task reward = task(pi, "ChooseReward");
    assertThat(reward.getAssignee()).isEqualTo("isla");
    open((isla = as("isla")), reward, programme, "Riverside youth club");
    noIsoDates(isla);
    isla.pickOption("Which reward would you like?", "A cinema or activity pass")
        .pickOption("How was being a Young Inspector?", "5 - Really good")
        .type("What could be better?", "More visits, please.");
    isla.complete(reward, "walk-inspection-choose-reward");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("the inspection ended").isZero();
    String inspectionId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("inspectionId").singleResult().getValue();
    assertThat(jdbc.queryForList("select status from wm_inspection_recommendation where inspection_id = ? order by position",
        String.class, inspectionId)).containsExactly("done", "done");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_feedback where inspection_id = ?", Integer.class, inspectionId)).isOne();
  }

  @Test
  void aYoungInspectorsTrainingAndRefresherInTheTasklist() {
    String login = "noor" + System.nanoTime() % 100000;
    Tasklist pat = as("pat");
    LocalDate trained = LocalDate.now().minusDays(3);
    pat.openStartForm("Young Inspector training")
        .type("WithMe login of the Young Inspector", login)
        .type("Name shown to staff", "Noor")
        .pickOption("Age group", "11 to 15")
        .date("Date of the training", trained.format(UK))
        .start("young-inspector-training", "walk-training-start");
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("young-inspector-training")
        .processInstanceBusinessKey(login).singleResult();
    assertThat(pi).as("the training recorded by pat").isNotNull();

    Task refresher = task(pi, "GiveRefresherTraining");
    open(pat, refresher, login, "Give the refresher training");
    String text = pat.formText();
    assertThat(text).as("the refresher's due date in words").doesNotContainPattern(ISO_DATE)
        .contains(trained.plusYears(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
    pat.pickOption("Does the Young Inspector want to go on inspecting?", "Yes")
        .date("Date of the refresher training", LocalDate.now().format(UK))
        .pickOption("Their age group now", "11 to 15")
        .type("Their comments on the process", "Noor liked the role play.");
    pat.complete(refresher, "walk-training-give-refresher");

    Task next = task(pi, "GiveRefresherTraining");
    assertThat(next.getId()).as("the next refresher, a year on").isNotEqualTo(refresher.getId());
    assertThat(next.getDueDate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate()).isEqualTo(LocalDate.now().plusYears(1));
  }

  /** Opens the task from its card; if its form does not appear, saves the page and says what it shows. */
  static Tasklist open(Tasklist person, Task task, String reference, String... alsoOnCard) {
    try {
      return person.open(task, reference, alsoOnCard);
    } catch (org.openqa.selenium.TimeoutException e) {
      person.browser().screenshot(person.user() + "-no-form-" + task.getTaskDefinitionKey());
      throw new AssertionError("the form of '" + task.getName() + "' does not appear for " + person.user() + "; the page says: "
          + person.browser().driver().findElement(org.openqa.selenium.By.tagName("body")).getText(), e);
    }
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

  /** Young people see dates in words, never 2026-12-03. */
  private static void noIsoDates(Tasklist young) {
    assertThat(young.formText()).as("what " + young.user() + " reads").doesNotContainPattern(ISO_DATE);
  }
}
