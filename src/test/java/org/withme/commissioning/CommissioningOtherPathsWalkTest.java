package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
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
 * The commissioning cycle's forms that the main walk (CommissioningCycleWalkTest) does not reach, done
 * by their own people in the Tasklist in Chromium: the head of commissioning chases overdue feedback,
 * and a commissioner plans a decommissioning. The steps before them are driven through the engine
 * (CycleDriver), as the main walk already does them in the browser; the overdue timer is fired as no
 * person fires it.
 */
@WithMeTest
class CommissioningOtherPathsWalkTest {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void overdueFeedbackIsChasedAndADecommissioningPlannedInTheTasklist() {
    CycleDriver cycle = new CycleDriver(engine);
    String reference = Programmes.newReference();
    ProcessInstance pi = cycle.start(reference);
    String title = (String) engine.getRuntimeService().getVariable(pi.getId(), "programmeTitle");
    Tasklist tasklist = Tasklist.at(rest.getRootUri(), engine);

    // Analyse: young people engaged, the feedback to them falls due unanswered
    cycle.checkIntelligence(pi, "Analyse", true);
    cycle.complete(pi, "AnalyseAssessNeeds", java.util.Map.of("needsAssessmentSummary", "About 600 young carers.",
        "commissioningIntention", "A young carers' service with respite."));
    cycle.complete(pi, "AnalyseConsiderations", java.util.Map.of("considerationAnswers", CycleDriver.ANSWERS));
    cycle.engage(pi, "Analyse");
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("AnalyseFeedbackOverdue").singleResult();
    engine.getManagementService().executeJob(overdue.getId());

    // the head of commissioning chases it from her own Tasklist
    tasklist.signIn("hana");
    Task chase = cycle.task(pi, "AnalyseEscalateFeedback");
    tasklist.open(chase, reference, title).quiet();
    assertThat(tasklist.readOnly("Stage")).containsIgnoringCase("analyse");
    tasklist.write("What will happen now", "Pat sends the letter to every young carer on Friday and rings the school.")
        .complete(chase, "cycle-other-chase-overdue-feedback");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("feedbackEscalationAction").singleResult().getValue().toString()).startsWith("Pat sends the letter");
    assertThat(cycle.task(pi, "AnalyseFeedback")).as("the feedback itself is still owed").isNotNull();

    cycle.giveFeedback(pi, "Analyse");
    cycle.plan(pi, CycleDriver.Mode.EVIDENCE);
    cycle.checkIntelligence(pi, "Do", true);
    cycle.decideDelivery(pi, "decommission");

    // a commissioner plans how the service ends
    tasklist.signIn("cora");
    Task plan = cycle.task(pi, "DoPlanDecommissioning");
    tasklist.open(plan, reference, title).quiet();
    tasklist.write("How the service will end", "Each young carer keeps a named worker until the end and is introduced to the new group.")
        .date("Date the service ends", LocalDate.now().plusMonths(6).format(UK))
        .complete(plan, "cycle-other-plan-decommissioning");
    assertThat(pi).isWaitingAt("DoPlanEngagement");
  }
}
