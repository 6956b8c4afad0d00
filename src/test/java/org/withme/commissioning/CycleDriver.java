package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.withme.support.CalledProcesses;
import org.withme.support.Programmes;

/**
 * Drives a commissioning programme through its stages the way the people in each group would,
 * so that scenario tests (H2 and PostgreSQL) read as the path they take.
 */
final class CycleDriver {

  /** How a stage closes. */
  enum Mode { EVIDENCE, EVIDENCE_FEEDBACK_OVERDUE, EXCEPTION_APPROVED, EXCEPTION_REFUSED_THEN_EVIDENCE }

  static final String REQUESTER = "cora";
  static final String DECIDER = "hana";
  static final String ANSWERS = "Local venues on bus routes\nOpen to every young carer\nDBS checks and a named lead\n"
      + "Local staff\nA youth board";

  private final ProcessEngine engine;

  CycleDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  ProcessInstance start(String reference) {
    return engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(reference));
  }

  Task task(ProcessInstance pi, String activityId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(activityId).list();
    assertThat(tasks).as("open task " + activityId).hasSize(1);
    return tasks.get(0);
  }

  void complete(ProcessInstance pi, String activityId, Map<String, Object> values) {
    assertThat(pi).isWaitingAt(activityId);
    engine.getTaskService().complete(task(pi, activityId).getId(), values);
  }

  void completeAs(ProcessInstance pi, String activityId, String user, Map<String, Object> values) {
    Task t = task(pi, activityId);
    engine.getTaskService().setAssignee(t.getId(), user);
    engine.getTaskService().complete(t.getId(), values);
  }

  // ---- the common part of every stage

  void checkIntelligence(ProcessInstance pi, String stage, boolean newEngagement) {
    complete(pi, stage + "CheckIntelligence", Map.of("newEngagementNeeded", newEngagement ? "yes" : "no",
        "newEngagementReason", newEngagement ? "Nothing recorded on this stage yet." : "Young people told us enough last month."));
  }

  void engage(ProcessInstance pi, String stage) {
    complete(pi, stage + "PlanEngagement", Map.of("engagementMethodPlanned", "workshop",
        "accessibilityAdjustments", "Accessible room, Easy Read cards, a buddy to write answers down",
        "consentNeeded", "yes", "engagementPlannedFor", "2027-03-01"));
    complete(pi, stage + "RunEngagement", evidence(3));
  }

  static Map<String, Object> evidence(int aged11to15) {
    Map<String, Object> v = new HashMap<>();
    v.put("engagedOn", "2027-03-01");
    v.put("engagementMethod", "workshop");
    v.put("participantsUnder11", 0L);
    v.put("participants11to15", (long) aged11to15);
    v.put("participants16to18", 2L);
    v.put("participants19to25", 0L);
    v.put("groupsRepresented", Variables.objectValue(List.of("young-carers")).serializationDataFormat("application/json").create());
    v.put("whatTheySaid", "We want sessions after school and someone to talk to who knows about caring.");
    v.put("buddyRecorded", "no");
    v.put("consentRecorded", "yes"); // the plans of engage() say consent is needed
    return v;
  }

  void giveFeedback(ProcessInstance pi, String stage) {
    complete(pi, stage + "Feedback", Map.of("feedbackSummary", "You said after school; we asked for sessions until 7pm.",
        "feedbackChannel", "session"));
  }

  /** The feedback falls due unanswered: the timer fires and the head of commissioning gets a task. */
  void letFeedbackGoOverdue(ProcessInstance pi, String stage) {
    Task feedback = task(pi, stage + "Feedback");
    assertThat(feedback.getDueDate()).as("feedback due date").isNotNull();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(stage + "FeedbackOverdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(feedback.getDueDate());
    // the clock keeps running from just past the due date, so later records keep their order
    ClockUtil.offset(feedback.getDueDate().getTime() + 60_000 - System.currentTimeMillis());
    engine.getManagementService().executeJob(timer.getId());
    assertThat(task(pi, stage + "EscalateFeedback")).isNotNull();
    assertThat(task(pi, stage + "Feedback")).as("the feedback task stays open").isNotNull();
    complete(pi, stage + "EscalateFeedback", Map.of("feedbackEscalationAction", "Pat sends the letter on Friday."));
  }

  void requestException(ProcessInstance pi, String stage) {
    assertThat(pi).isWaitingAt(stage + "RequestException");
    completeAs(pi, stage + "RequestException", REQUESTER,
        Map.of("exceptionReason", "The service closes in two weeks; the young people were asked in the Analyse stage."));
  }

  void decideException(ProcessInstance pi, String stage, boolean approve) {
    completeAs(pi, stage + "DecideException", DECIDER, Map.of("exceptionDecision", approve ? "approve" : "refuse",
        "exceptionDecisionReason", approve ? "Reasonable: they were heard recently." : "Ask them; a short survey will do."));
  }

  /** Runs a stage from its first task to its close, the stage's own work done by {@code work}. */
  void stage(ProcessInstance pi, String stage, Mode mode, Runnable work) {
    boolean engageFirst = mode == Mode.EVIDENCE || mode == Mode.EVIDENCE_FEEDBACK_OVERDUE;
    checkIntelligence(pi, stage, engageFirst);
    work.run();
    if (engageFirst) {
      engage(pi, stage);
      if (mode == Mode.EVIDENCE_FEEDBACK_OVERDUE) {
        letFeedbackGoOverdue(pi, stage);
      }
      giveFeedback(pi, stage);
      return;
    }
    requestException(pi, stage);
    if (mode == Mode.EXCEPTION_APPROVED) {
      decideException(pi, stage, true);
      return;
    }
    decideException(pi, stage, false);
    assertThat(pi).isWaitingAt(stage + "PlanEngagement");
    engage(pi, stage);
    giveFeedback(pi, stage);
  }

  // ---- the work of each stage

  void analyse(ProcessInstance pi, Mode mode) {
    stage(pi, "Analyse", mode, () -> {
      complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers, a third not known to services.",
          "commissioningIntention", "A young carers' service with respite and a voice in schools."));
      assertThat(engine.getRuntimeService().getVariable(pi.getId(), "considerationsList").toString())
          .contains("Environment and sustainability");
      complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", ANSWERS));
    });
  }

  void plan(ProcessInstance pi, Mode mode) {
    stage(pi, "Plan", mode, () -> {
      complete(pi, "PlanDraftSpecification", Map.of("specificationSummary", "Respite, one-to-one support, school awareness."));
      // nobody counted at these sessions: the stage's gate is left to the engagement or exception of {@code mode}
      complete(pi, "PlanReviewSpecification", specReview("2027-04-01", "Added evening sessions.", "yes", 0));
      complete(pi, "PlanReviewSpecification", specReview("2027-04-15", "Outcomes in their own words.", "no", 0));
      complete(pi, "PlanOptionAppraisal", Map.of("optionsConsidered", "In-house\nOne provider\nTwo lots",
          "youngPeoplesRanking", "One provider, two lots, in-house", "optionChosen", "One provider",
          "rankingInfluence", "We chose the option young people ranked first over the cheaper one."));
    });
  }

  /** A specification review session with {@code aged11to15} young people aged 11 to 15 (none in the other bands). */
  static Map<String, Object> specReview(String on, String changed, String another, int aged11to15) {
    Map<String, Object> v = new HashMap<>();
    v.put("specReviewDate", on);
    v.put("whatYoungPeopleChanged", changed);
    v.put("anotherSpecReview", another);
    v.put("participantsUnder11", 0L);
    v.put("participants11to15", (long) aged11to15);
    v.put("participants16to18", 0L);
    v.put("participants19to25", 0L);
    if (aged11to15 > 0) {
      v.put("groupsRepresented", Variables.objectValue(List.of("young-carers")).serializationDataFormat("application/json").create());
    }
    return v;
  }

  void doReprocure(ProcessInstance pi, Mode mode, boolean retenderFirst) {
    stage(pi, "Do", mode, () -> {
      if (retenderFirst) {
        decideDelivery(pi, "reprocure");
        finishTender(pi, "retender", null);
      }
      decideDelivery(pi, "reprocure");
      finishTender(pi, "awarded", "Harbour Youth Trust");
    });
  }

  void doDecommission(ProcessInstance pi, Mode mode) {
    stage(pi, "Do", mode, () -> {
      decideDelivery(pi, "decommission");
      complete(pi, "DoPlanDecommissioning", Map.of("decommissionPlan", "Each young person gets a named worker until the end.",
          "decommissionDate", "2027-12-31"));
    });
  }

  void decideDelivery(ProcessInstance pi, String route) {
    complete(pi, "DoDecideDelivery", Map.of("deliveryRoute", route, "procurementRegime", "PA2023", "lightTouch", true,
        "deliveryReason", "The contract ends in March and young people want it to continue."));
  }

  void finishTender(ProcessInstance pi, String outcome, String bidder) {
    assertThat(pi).isWaitingAt("DoTenderEvaluation");
    ProcessInstance tender = calledInstance(pi);
    assertThat(engine.getRuntimeService().getVariables(tender.getId()))
        .containsEntry("programmeReference", pi.getBusinessKey()).containsEntry("procurementRegime", "PA2023")
        .containsEntry("lightTouch", true).containsEntry("estimatedValue", 450000L);
    Map<String, Object> result = new HashMap<>();
    result.put("tenderOutcome", outcome);
    result.put("awardedBidder", bidder);
    result.put("contractReference", bidder == null ? null : "C-" + pi.getBusinessKey());
    CalledProcesses.finish(engine, tender.getId(), "TenderCompleted", result);
  }

  ProcessInstance calledInstance(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  void review(ProcessInstance pi, Mode mode) {
    stage(pi, "Review", mode, () -> {
      complete(pi, "ReviewMonitoringMeeting", Map.of("monitoringMeetingDate", "2028-01-10", "youngPersonAttended", "no",
          "monitoringNotes", "Waiting lists are down.", "anotherMonitoringMeeting", "yes"));
      complete(pi, "ReviewMonitoringMeeting", Map.of("monitoringMeetingDate", "2028-04-10", "youngPersonAttended", "no",
          "monitoringNotes", "Evening sessions are full.", "anotherMonitoringMeeting", "no"));
      assertThat(engine.getRuntimeService().getVariable(pi.getId(), "youngPersonSeatWarning").toString())
          .containsPattern("empty at the last [0-9]+ monitoring meetings");
      assertThat(pi).isWaitingAt("ReviewYouthInspection");
      ProcessInstance inspection = calledInstance(pi);
      assertThat(engine.getRuntimeService().getVariables(inspection.getId()))
          .containsEntry("providerName", "Harbour Youth Trust").containsEntry("contractReference", "C-" + pi.getBusinessKey());
      CalledProcesses.finish(engine, inspection.getId(), "InspectionCompleted",
          Map.of("inspectionId", "INS-" + pi.getBusinessKey(), "inspectionGapCount", 2L));
      assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectionGapCount")).isEqualTo(2L);
      adviseOnPerformance(pi, 0);
      complete(pi, "ReviewEvaluateEngagement", Map.of("surveyRespondents", 9L, "surveyFeltListenedTo", 4L,
          "surveySawWhatChanged", "yes", "surveyWouldTakePartAgain", "yes", "surveyComments", "More snacks."));
    });
  }

  /** The Co-production Advisory Group comments on the service: {@code young} young members (16 to 18) and two adults. */
  void adviseOnPerformance(ProcessInstance pi, int young) {
    complete(pi, "ReviewAdvisoryComments", advisoryComments(young, young > 0 ? List.of("young-carers") : List.of()));
  }

  static final java.time.LocalDate ADVISORY_MET_ON = java.time.LocalDate.now().minusDays(1);

  static Map<String, Object> advisoryComments(int young, List<String> groups) {
    Map<String, Object> v = new HashMap<>();
    // before today, so it never sorts ahead of other tests' records in the shared database's intelligence views
    v.put("advisoryMetOn", ADVISORY_MET_ON.toString());
    v.put("advisoryYoungUnder11", 0L);
    v.put("advisoryYoung11to15", 0L);
    v.put("advisoryYoung16to18", (long) young);
    v.put("advisoryYoung19to25", 0L);
    v.put("advisoryAdults", 2L);
    v.put("advisoryParentsCarers", 1L);
    v.put("advisoryGroupsRepresented", Variables.objectValue(groups).serializationDataFormat("application/json").create());
    v.put("advisoryPerformanceComment", "Evening sessions work; the waiting list is still too long.");
    v.put("advisoryWhatShouldChange", "Keep the evening sessions and add a drop-in on Saturdays.");
    return v;
  }

  void decideNext(ProcessInstance pi, String next) {
    complete(pi, "DecideNextStep", Map.of("nextStep", next, "nextStepReason", "The review and the young people say so.",
        "advisoryAnswer", "We keep the evening sessions and ask the provider to cost a Saturday drop-in."));
  }
}
