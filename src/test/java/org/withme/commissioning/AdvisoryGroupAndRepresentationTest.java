package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.CycleDriver.Mode;
import org.withme.forms.InvalidFormException;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/**
 * The Co-production Advisory Group on a service's performance (Review stage), parents and carers as
 * participants, and whether the cohort's groups were represented in each stage.
 */
@WithMeTest
class AdvisoryGroupAndRepresentationTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    init(engine);
    cycle = new CycleDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Through Analyse, Plan and Do, to the advisory group's task of the Review stage, without a new engagement. */
  private ProcessInstance atAdvisoryComments() {
    ProcessInstance pi = SensitiveProgrammes.atAdvisoryComments(engine);
    assertThat(pi).isWaitingAt("ReviewAdvisoryComments");
    return pi;
  }

  private void evaluate(ProcessInstance pi) {
    cycle.complete(pi, "ReviewEvaluateEngagement", Map.of("surveyRespondents", 9L, "surveyFeltListenedTo", 4L,
        "surveySawWhatChanged", "yes", "surveyWouldTakePartAgain", "yes"));
  }

  @Test
  void theAdvisoryGroupSeesThePerformanceAndItsYoungMembersCloseTheReviewGateWithoutASeparateEngagement() {
    ProcessInstance pi = atAdvisoryComments();
    String ref = pi.getBusinessKey();
    var task = cycle.task(pi, "ReviewAdvisoryComments");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser("ash").count()).isOne();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser("cora").count()).isZero();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "servicePerformance").toString())
        .contains("1 meeting(s); the young person's seat was filled at 0 of them")
        .contains("Waiting lists are down to six weeks.").contains("Young Inspectors: 2 point(s)");

    cycle.adviseOnPerformance(pi, 3);
    evaluate(pi);

    assertThat(pi).isWaitingAt("DecideNextStep");
    assertThat(jdbc.queryForList("select gate_point || ' ' || outcome from wm_gate_decision where business_key = ?"
        + " order by decided_at", String.class, ref)).endsWith("review PASSED_WITH_EVIDENCE");
    assertThat(jdbc.queryForMap("""
        select stage, method, participants_total, parents_carers, age_bands, groups_represented, recorded_by
        from wm_engagement_evidence where programme_reference = ?""", ref))
        .containsEntry("STAGE", "review").containsEntry("METHOD", AdvisoryGroupListeners.METHOD)
        .containsEntry("PARTICIPANTS_TOTAL", 3).containsEntry("PARENTS_CARERS", 1).containsEntry("AGE_BANDS", "16-18: 3")
        .containsEntry("GROUPS_REPRESENTED", "young-carers");
    assertThat(jdbc.queryForObject("select count(*) from wm_advisory_comment where programme_reference = ?"
        + " and evidence_id is not null and young_members = 3 and adult_members = 2", Integer.class, ref)).isOne();
  }

  @Test
  void commentsByAdultsAloneOrWithParentsDoNotCountAsYoungPeoplesParticipation() {
    ProcessInstance pi = atAdvisoryComments();
    cycle.adviseOnPerformance(pi, 0); // two adults and a parent, no young member
    evaluate(pi);

    assertThat(pi).isWaitingAt("ReviewRequestException");
    assertThat(jdbc.queryForObject("select count(*) from wm_engagement_evidence where programme_reference = ?",
        Integer.class, pi.getBusinessKey())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_advisory_comment where programme_reference = ?"
        + " and evidence_id is null and parents_carers = 1", Integer.class, pi.getBusinessKey())).isOne();
  }

  @Test
  void aSubmissionCannotMoveTheCommentsToAnotherStageOrProgramme() {
    ProcessInstance other = cycle.start(Programmes.newReference());
    ProcessInstance pi = atAdvisoryComments();
    String taskId = cycle.task(pi, "ReviewAdvisoryComments").getId();

    // through the REST API (as the Tasklist sends it) an undeclared field is refused, naming it
    Map<String, Object> vars = new LinkedHashMap<>();
    CycleDriver.advisoryComments(3, List.of()).forEach((k, v) -> vars.put(k, Map.of("value", v)));
    vars.put("advisoryGroupsRepresented", Map.of("value", "[\"young-carers\"]", "type", "Json"));
    for (String forged : List.of("stage", "gatePoint", "stageStartedAt")) {
      Map<String, Object> body = new LinkedHashMap<>(vars);
      body.put(forged, Map.of("value", "plan"));
      ResponseEntity<String> answer = RestClient.as(rest, "ash").post("/task/" + taskId + "/submit-form", Map.of("variables", body));
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains(forged);
    }
    assertThat(pi).isWaitingAt("ReviewAdvisoryComments");

    // a caller past the form check (the Java API) still cannot choose: the stage and programme come from the records
    Map<String, Object> forged = CycleDriver.advisoryComments(3, List.of("young-carers"));
    forged.put("stage", "plan");
    forged.put("programmeReference", other.getBusinessKey());
    engine.getTaskService().complete(taskId, forged);
    assertThat(jdbc.queryForList("select stage from wm_engagement_evidence where programme_reference = ?", String.class,
        pi.getBusinessKey())).containsExactly("review");
    assertThat(jdbc.queryForList("select stage from wm_advisory_comment where programme_reference = ?", String.class,
        pi.getBusinessKey())).containsExactly("review");
    assertThat(jdbc.queryForObject("select count(*) from wm_engagement_evidence where programme_reference = ?",
        Integer.class, other.getBusinessKey())).isZero();
  }

  @Test
  void membersAndGroupsMustAgree() {
    ProcessInstance pi = atAdvisoryComments();
    String taskId = cycle.task(pi, "ReviewAdvisoryComments").getId();
    Map<String, Object> nobody = CycleDriver.advisoryComments(0, List.of());
    nobody.put("advisoryAdults", 0L);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, nobody)).isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(advisoryYoungUnder11 ... advisoryAdults): at least one member");
    Map<String, Object> groupsWithoutYoung = CycleDriver.advisoryComments(0, List.of("disabled"));
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, groupsWithoutYoung))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(advisoryGroupsRepresented): no young member took part");
    Map<String, Object> youngWithoutGroups = CycleDriver.advisoryComments(2, List.of());
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, youngWithoutGroups))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(advisoryGroupsRepresented): tick the groups");
    assertThat(pi).isWaitingAt("ReviewAdvisoryComments");
    assertThat(jdbc.queryForObject("select count(*) from wm_advisory_comment where programme_reference = ?",
        Integer.class, pi.getBusinessKey())).isZero();
  }

  @Test
  void theCommissionerReadsTheCommentsAndMustAnswerThemAndTheAnswerIsTheGroupsFeedback() {
    ProcessInstance pi = atAdvisoryComments();
    cycle.adviseOnPerformance(pi, 3);
    evaluate(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "advisoryCommentsToAnswer").toString())
        .contains(CycleDriver.ADVISORY_MET_ON.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + " (3 young member(s), 2 adult member(s), 1 parent(s) or carer(s))")
        .contains("Evening sessions work; the waiting list is still too long.")
        .contains("What should change: Keep the evening sessions and add a drop-in on Saturdays.");
    String taskId = cycle.task(pi, "DecideNextStep").getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("nextStep", "extend",
        "nextStepReason", "The service works for young people.")))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Your answer to the advisory group' (advisoryAnswer)");
    assertThat(pi).isWaitingAt("DecideNextStep");

    cycle.decideNext(pi, "extend");
    assertThat(jdbc.queryForMap("select answer, answered_at from wm_advisory_comment where programme_reference = ?",
        pi.getBusinessKey())).containsEntry("ANSWER", "We keep the evening sessions and ask the provider to cost a Saturday drop-in.");
    assertThat(jdbc.queryForObject("""
        select count(*) from wm_feedback f join wm_advisory_comment c on c.feedback_id = f.id
        where c.programme_reference = ? and f.sent_on is not null and f.summary like 'We keep the evening sessions%'""",
        Integer.class, pi.getBusinessKey())).isOne();
  }

  @Test
  void commentsWithoutYoungMembersAreAnsweredTooButOweNoYoungPeoplesFeedback() {
    ProcessInstance pi = atAdvisoryComments();
    cycle.adviseOnPerformance(pi, 0);
    evaluate(pi);
    cycle.requestException(pi, "Review");
    cycle.decideException(pi, "Review", true);
    String taskId = cycle.task(pi, "DecideNextStep").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("nextStep", "extend",
        "nextStepReason", "The service works for young people.", "advisoryAnswer", "OK")))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Your answer to the advisory group' (advisoryAnswer)");
    cycle.decideNext(pi, "extend");
    assertThat(pi).isWaitingAt("RecordExtension");
    assertThat(jdbc.queryForObject("select count(*) from wm_advisory_comment where programme_reference = ?"
        + " and answer is not null and feedback_id is null", Integer.class, pi.getBusinessKey())).isOne();
    assertThat(jdbc.queryForObject("select count(*) from wm_feedback where programme_reference = ? and stage = 'review'",
        Integer.class, pi.getBusinessKey())).isZero();
  }

  // ---- parents and carers

  @Test
  void parentsAndCarersAreCountedApartAndNeverMakeAnEngagementOnTheirOwn() {
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.checkIntelligence(pi, "Analyse", true);
    cycle.complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers in the area.",
        "commissioningIntention", "A young carers' service."));
    cycle.complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", CycleDriver.ANSWERS));
    cycle.complete(pi, "AnalysePlanEngagement", Map.of("engagementMethodPlanned", "workshop",
        "accessibilityAdjustments", "Easy Read", "consentNeeded", "no", "engagementPlannedFor", "2027-03-01"));
    String taskId = cycle.task(pi, "AnalyseRunEngagement").getId();
    Map<String, Object> parentsOnly = CycleDriver.evidence(0);
    parentsOnly.put("participants16to18", 0L);
    parentsOnly.put("parentsCarers", 6L);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, parentsOnly))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("at least one young person");

    Map<String, Object> withParents = CycleDriver.evidence(3);
    withParents.put("parentsCarers", 4L);
    engine.getTaskService().complete(taskId, withParents);
    assertThat(jdbc.queryForMap("select participants_total, parents_carers from wm_engagement_evidence"
        + " where programme_reference = ?", pi.getBusinessKey()))
        .containsEntry("PARTICIPANTS_TOTAL", 5).containsEntry("PARENTS_CARERS", 4);
  }

  // ---- representation of the cohort

  @Test
  void aGroupOfTheCohortMissingFromAStagesEngagementsWarnsTheCommissionerWithoutBlocking() {
    Map<String, Object> start = Programmes.startForm(Programmes.newReference());
    start.put("cohortGroups", Variables.objectValue(List.of("young-carers", "disabled"))
        .serializationDataFormat("application/json").create());
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", start);
    cycle.analyse(pi, Mode.EVIDENCE); // the engagement had young carers only

    assertThat(pi).isWaitingAt("PlanCheckIntelligence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "representationWarning").toString())
        .startsWith("Not represented in the analyse stage: disabled young people (none of the 1 participation record(s)");
    assertThat(jdbc.queryForObject("select reason from wm_gate_decision where business_key = ? and gate_point = 'analyse'",
        String.class, pi.getBusinessKey()))
        .contains("Cohort represented: young carers 1 of 1, disabled young people 0 of 1")
        .contains("Not represented in the analyse stage: disabled young people");

    // each stage is measured on its own records: Plan's engagement missed them again
    cycle.plan(pi, Mode.EVIDENCE);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "representationWarning").toString())
        .startsWith("Not represented in the plan stage: disabled young people");
  }

  @Test
  void aStageWhoseEngagementsReachedEveryGroupHasNoWarningAndAForgedWarningChangesNoRecord() {
    Map<String, Object> start = Programmes.startForm(Programmes.newReference());
    start.put("cohortGroups", Variables.objectValue(List.of("young-carers", "disabled"))
        .serializationDataFormat("application/json").create());
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", start);
    cycle.checkIntelligence(pi, "Analyse", true);
    cycle.complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers in the area.",
        "commissioningIntention", "A young carers' service."));
    cycle.complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", CycleDriver.ANSWERS));
    cycle.complete(pi, "AnalysePlanEngagement", Map.of("engagementMethodPlanned", "workshop",
        "accessibilityAdjustments", "Easy Read", "consentNeeded", "no", "engagementPlannedFor", "2027-03-01"));
    Map<String, Object> both = new HashMap<>(CycleDriver.evidence(3));
    both.put("groupsRepresented", Variables.objectValue(List.of("young-carers", "disabled"))
        .serializationDataFormat("application/json").create());
    both.put("representationWarning", "forged");
    engine.getTaskService().complete(cycle.task(pi, "AnalyseRunEngagement").getId(), both);
    cycle.giveFeedback(pi, "Analyse");

    assertThat(pi).isWaitingAt("PlanCheckIntelligence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "representationWarning")).isEqualTo("");
    assertThat(jdbc.queryForObject("select reason from wm_gate_decision where business_key = ? and gate_point = 'analyse'",
        String.class, pi.getBusinessKey())).contains("young carers 1 of 1, disabled young people 1 of 1")
        .doesNotContain("Not represented");
  }
}
