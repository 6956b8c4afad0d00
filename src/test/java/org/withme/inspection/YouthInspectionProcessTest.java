package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.withme.inspection.InspectionScenario.accepted;
import static org.withme.inspection.InspectionScenario.declined;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.support.WithMeTest;

/** The Young Inspectors' inspection, every path, on H2. */
@WithMeTest
class YouthInspectionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired YoungInspectorPool pool;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aFullInspectionWithActionsFollowedUntilDone() {
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    String isla = s.inspector("Isla", 16, 30);
    String ben = s.inspector("Ben", 19, 200);
    YouthInspectionScenarios.fullInspectionWithFollowUp(engine, jdbc, s, isla, ben);
  }

  @Test
  void whenTheProviderDeclinesEverythingThereIsNoFollowUp() {
    InspectionScenario s = new InspectionScenario(engine, pool, "short-breaks");
    String kit = s.inspector("Kit", 19, 10);
    ProcessInstance pi = s.start();
    s.assign(kit);
    s.agreeTool();
    s.schedule(false);
    s.inspectorsScore(3, 3, 3);
    s.managerScores(3, 4, 2);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectionGapCount")).isEqualTo(0);
    s.report("Open on Saturdays.");
    s.complete("ProviderResponse", declined(1, "No staff are funded for weekends this year."));

    assertThat(pi).isWaitingAt("TellInspectors").hasPassed("OpenActions").hasNotPassed("FollowUpActions");
    s.complete("TellInspectors", Map.of("youSaidWeDid", "You asked for Saturdays; the provider cannot staff them this year."));
    assertThat(task("ChooseReward", pi)).isAssignedTo(kit);
    s.complete("ChooseReward", Map.of("rewardChoice", "certificate", "processRating", "4"));
    assertThat(pi).isEnded().hasPassed("InspectionCompleted");
    assertThat(jdbc.queryForObject("select status from wm_inspection_recommendation where inspection_id = ?",
        String.class, engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName("inspectionId").singleResult().getValue())).isEqualTo("declined");
  }

  @Test
  void anInspectorWhoseTrainingLapsedIsRefusedByNameAndNothingIsStored() {
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    String isla = s.inspector("Isla", 16, 30);
    String rory = s.inspector("Rory", 17, 400);
    ProcessInstance pi = s.start();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectorOptions").toString())
        .contains("Rory (" + rory + "): training lapsed on");

    assertThatThrownBy(() -> s.assign(isla, rory))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(inspectorsAssigned)")
        .hasMessageContaining("Rory (" + rory + ") cannot be assigned, their training lapsed on");
    assertThat(pi).isWaitingAt("AssignInspectors");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_inspector where inspection_id = ?", Integer.class,
        s.inspectionId())).isZero();
  }

  @Test
  void aScoreOutsideTheScaleIsRefusedNamingTheFieldAndNothingIsStored() {
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    String isla = s.inspector("Isla", 19, 30);
    ProcessInstance pi = s.start();
    s.assign(isla);
    s.agreeTool();
    s.schedule(false);

    assertThatThrownBy(() -> s.inspectorsScore(4, 6, 3))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Your score for question 2' (inspectorScore2) must be on the scale from 1 to 5, not 6");
    assertThat(pi).isWaitingAt("RecordInspectorFindings", "RecordManagerView");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_answer where inspection_id = ?", Integer.class,
        s.inspectionId())).isZero();
  }

  @Test
  void safeguardingConsentIsNeededForInspectorsUnderEighteen() {
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    String isla = s.inspector("Isla", 15, 30);
    ProcessInstance pi = s.start();
    s.assign(isla);
    s.agreeTool();
    assertThatThrownBy(() -> s.schedule(false))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(parentalConsentConfirmed): Isla may be under 18 (by their age group)");
    assertThat(pi).isWaitingAt("ScheduleVisit");
    assertThat(jdbc.queryForObject("select visited_on from wm_inspection where id = ?", java.sql.Date.class,
        s.inspectionId())).isNull();
  }

  @Test
  void aRecommendationWithoutAProviderResponseIsRefusedAndTheInspectionCannotCloseWithoutOne() {
    InspectionScenario s = new InspectionScenario(engine, pool, "early-help");
    String isla = s.inspector("Isla", 19, 30);
    ProcessInstance pi = s.start();
    s.assign(isla);
    s.agreeTool();
    s.schedule(false);
    s.inspectorsScore(2, 2, 2);
    s.managerScores(4, 4, 4);
    s.report("Ask young people before changing opening hours.", "Put the timetable online.");

    assertThatThrownBy(() -> s.complete("ProviderResponse", accepted(1, "Termly survey", LocalDate.now().plusDays(30))))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(providerAnswer2) is required");
    assertThat(pi).isWaitingAt("ProviderResponse");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_recommendation where inspection_id = ? and response is not null",
        Integer.class, s.inspectionId())).isZero();

    Map<String, Object> both = new HashMap<>(declined(1, "We already survey every term."));
    both.putAll(declined(2, "The website belongs to the council."));
    s.complete("ProviderResponse", both);
    s.complete("TellInspectors", Map.of("youSaidWeDid", "The provider explained why it will not change these things."));
    // a recommendation that lost its answer (say, edited in the database) stops the close
    jdbc.update("update wm_inspection_recommendation set response = null where inspection_id = ? and position = 2", s.inspectionId());
    assertThatThrownBy(() -> s.complete("ChooseReward", Map.of("rewardChoice", "voucher", "processRating", "5")))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("Recommendation 2 (providerAnswer2) has no answer from the provider");
    assertThat(pi).isWaitingAt("ChooseReward");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_feedback where inspection_id = ?", Integer.class,
        s.inspectionId())).isZero();
  }

  @Test
  void theAgreedFindingsAreExistingIntelligenceForALaterProgrammeOfTheSameServiceArea() {
    InspectionScenario s = new InspectionScenario(engine, pool, "emotional-wellbeing");
    ProcessInstance pi = s.start();
    s.assign(s.inspector("Isla", 19, 30));
    s.agreeTool();
    s.schedule(false);
    s.inspectorsScore(1, 3, 5);
    s.managerScores(5, 3, 5);
    assertThat(jdbc.queryForObject("select count(*) from wm_engagement_evidence where programme_reference = ?", Integer.class,
        s.programmeReference)).as("nothing is filed before the findings are agreed").isZero();
    s.report("Let young people book appointments by text message.");
    assertThat(pi).isWaitingAt("ProviderResponse");

    String later = org.withme.support.Programmes.newReference();
    Map<String, Object> programme = org.withme.support.Programmes.startForm(later);
    programme.put("serviceArea", "emotional-wellbeing");
    ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", programme);
    assertThat(cycle).isWaitingAt("AnalyseCheckIntelligence");
    List<Map<String, Object>> intelligence = jdbc.queryForList("""
        select e.stage, e.method, e.what_they_said, e.participants_total from wm_engagement_evidence e
        join wm_programme p on p.service_area = e.service_area
        where p.reference = ? and e.programme_reference = ?""", later, s.programmeReference);
    assertThat(intelligence).singleElement().satisfies(row -> {
      Map<String, Object> r = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      r.putAll(row);
      assertThat(r.get("stage")).isEqualTo("inspection");
      assertThat(r.get("method")).isEqualTo("Young Inspectors visit");
      assertThat(((Number) r.get("participants_total")).intValue()).isOne();
      assertThat(r.get("what_they_said").toString()).contains("book appointments by text message")
          .contains("Questions where the Young Inspectors and the manager differ: 1");
    });
  }

  @Test
  void theStartFormIsDeployedAndAMissingFieldIsRefused() throws Exception {
    String pdId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("youth-inspection").latestVersion().singleResult().getId();
    try (InputStream form = engine.getFormService().getDeployedStartForm(pdId)) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"start-youth-inspection\"");
    }
    Map<String, Object> bad = InspectionScenario.startForm("X-1", "youth-activities");
    bad.remove("providerName");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("youth-inspection", bad))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Provider' (providerName) is required");
  }

  @Test
  void theCommissioningCycleCanCallItWithTheAgreedVariables() {
    BpmnModelInstance caller = Bpmn.createExecutableProcess("test-inspection-caller").camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity("Inspect").calledElement("youth-inspection")
        .camundaIn("programmeReference", "programmeReference").camundaIn("programmeTitle", "programmeTitle")
        .camundaIn("serviceArea", "serviceArea").camundaIn("contractReference", "contractReference")
        .camundaIn("providerName", "providerName")
        .camundaOut("inspectionId", "inspectionId").camundaOut("inspectionGapCount", "inspectionGapCount")
        .userTask("After").camundaFormKey("app:forms/after.html").camundaCandidateGroups("commissioners")
        .endEvent()
        .done();
    String deployment = engine.getRepositoryService().createDeployment().addModelInstance("caller.bpmn", caller).deploy().getId();
    try {
      String ref = org.withme.support.Programmes.newReference();
      ProcessInstance parent = engine.getRuntimeService().startProcessInstanceByKey("test-inspection-caller", ref,
          InspectionScenario.startForm(ref, "young-carers"));
      ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(parent.getId()).singleResult();
      assertThat(called).isWaitingAt("AssignInspectors");
      String inspectionId = (String) engine.getRuntimeService().getVariable(called.getId(), "inspectionId");
      assertThat(jdbc.queryForObject("select programme_reference from wm_inspection where id = ?", String.class, inspectionId))
          .isEqualTo(ref);

      // cancel first, then start the end event: CalledProcesses.finish starts the end event first, and cancelling
      // the last waiting task afterwards cancels the instance and with it the caller's call activity
      var tree = engine.getRuntimeService().getActivityInstance(called.getId());
      var modification = engine.getRuntimeService().createProcessInstanceModification(called.getId());
      for (var child : tree.getChildActivityInstances()) {
        modification.cancelActivityInstance(child.getId());
      }
      modification.startBeforeActivity("InspectionCompleted").setVariables(Map.of("inspectionGapCount", 2)).execute();
      assertThat(called).isEnded().hasPassed("InspectionCompleted");
      assertThat(engine.getRuntimeService().getVariables(parent.getId()))
          .containsEntry("inspectionId", inspectionId).containsEntry("inspectionGapCount", 2);
      assertThat(parent).isWaitingAt("After");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void aYoungInspectorsTrainingAndRefreshersKeepThePoolUpToDate() {
    YouthInspectionScenarios.trainingAndRefresher(engine, jdbc, pool);
  }

  static LocalDate day(java.util.Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
