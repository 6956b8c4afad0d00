package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/** The first steps of the commissioning cycle: start form, the programme record, the first task. */
@WithMeTest
class CommissioningStartTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void aProgrammeStartsWithItsReferenceAsBusinessKeyAndWaitsForTheCommissioner() {
    String ref = Programmes.newReference();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref));

    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(pi).hasBusinessKey(ref);
    assertThat(task(pi)).hasCandidateGroup("commissioners");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "influencePromise").toString())
        .contains("Rung 6").contains("Lundy: space, voice, audience, influence");
    assertThat(jdbc.queryForObject("select influence_rung from wm_programme where reference = ?", Integer.class, ref))
        .isEqualTo(6);
  }

  @Test
  void tokenismIsRefusedWithTheReasonAndNothingIsStored() {
    String ref = Programmes.newReference();
    Map<String, Object> form = Programmes.startForm(ref);
    form.put("influenceRung", "3");

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", form))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("influenceRung")
        .hasMessageContaining("Tokenism")
        .hasMessageContaining("is not participation");
    assertThat(count(ref)).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  void aMissingStartFieldIsRefusedNamingTheField() {
    String ref = Programmes.newReference();
    Map<String, Object> form = Programmes.startForm(ref);
    form.remove("serviceArea");

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", form))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Service area' (serviceArea) is required");
    assertThat(count(ref)).isZero();
  }

  @Test
  void anOutOfRangeStartFieldIsRefusedNamingTheField() {
    String ref = Programmes.newReference();
    Map<String, Object> form = Programmes.startForm(ref);
    form.put("cohortAgeTo", 40L);

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", form))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(cohortAgeTo) must be at most 25");
    assertThat(count(ref)).isZero();
  }

  @Test
  void aTaskSubmittedWithoutARequiredFieldStaysOpen() {
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference()));
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("newEngagementNeeded", "yes")))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(newEngagementReason) is required");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "newEngagementNeeded")).isNull();

    engine.getTaskService().complete(taskId,
        Map.of("newEngagementNeeded", "yes", "newEngagementReason", "Nothing recorded on this service since 2023."));
    assertThat(pi).isWaitingAt("AnalyseAssessNeeds");
  }

  @Test
  void theProgrammeRecordIsWrittenInTheEnginesTransaction() {
    String ref = Programmes.newReference();
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref));
      assertThat(count(ref)).isOne();
      throw new IllegalStateException("a later step fails");
    })).hasMessage("a later step fails");

    assertThat(count(ref)).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
  }

  @Test
  void aReferenceCanOnlyBeUsedOnce() {
    String ref = Programmes.newReference();
    engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref));

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref)))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining(ref + " is already in use");
    assertThat(count(ref)).isOne();
  }

  private int count(String ref) {
    return jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, ref);
  }
}
