package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.CycleDriver.Mode;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/**
 * Gates that cannot be fooled by a moved token: each stage checks on entry, from WithMe's records,
 * that the previous stage's gate passed for this programme (Analyse: that the programme was
 * registered). These tests move tokens with the Java API and no user, as WithMe's own code could:
 * the check holds whatever the route. The gate's evidence window comes from the stage record.
 */
@WithMeTest
class StageEntryIntegrityTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

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

  private List<Map<String, Object>> stages(ProcessInstance pi) {
    return jdbc.queryForList("""
        select e.stage, d.gate_point, d.outcome from wm_stage_entry e
        left join wm_gate_decision d on d.id = e.gate_decision_id
        where e.process_instance_id = ? order by e.seq""", pi.getId());
  }

  private static Map<String, Object> entry(String stage, String outcome) {
    java.util.HashMap<String, Object> m = new java.util.HashMap<>();
    m.put("STAGE", stage);
    m.put("GATE_POINT", outcome == null ? null : stage);
    m.put("OUTCOME", outcome);
    return m;
  }

  @Test
  void eachStageEntryAndTheGateThatClosedItAreOnRecord() {
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.analyse(pi, Mode.EVIDENCE);
    cycle.plan(pi, Mode.EXCEPTION_APPROVED);

    assertThat(pi).isWaitingAt("DoCheckIntelligence");
    assertThat(stages(pi)).containsExactly(entry("analyse", "PASSED_WITH_EVIDENCE"), entry("plan", "PASSED_BY_EXCEPTION"),
        entry("do", null));
  }

  @Test
  void aTokenMovedIntoThePlanStageBeforeTheAnalyseGateIsRefused() {
    ProcessInstance pi = cycle.start(Programmes.newReference());

    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity("PlanCheckIntelligence").cancelAllForActivity("AnalyseStage").execute(true, true))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The Plan stage of programme " + pi.getBusinessKey() + " cannot start: the Analyse stage's"
            + " participation gate has not passed. On record: the Analyse stage, its gate not passed."
            + " Work moves on only through the stage's tasks and its gate.");

    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(stages(pi)).containsExactly(entry("analyse", null));
  }

  @Test
  void aTokenMovedToTheAnalyseStageEndDoesNotOpenThePlanStage() {
    ProcessInstance pi = cycle.start(Programmes.newReference());

    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("AnalyseCheckIntelligence").startBeforeActivity("AnalyseClosed").execute())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("The Plan stage of programme " + pi.getBusinessKey()
            + " cannot start: the Analyse stage's participation gate has not passed.");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
  }

  @Test
  void aProgrammeThatWasNeverRegisteredCannotEnterTheAnalyseStage() {
    String reference = Programmes.newReference();

    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("commissioning-cycle")
        .businessKey(reference).setVariables(Programmes.startForm(reference)).startBeforeActivity("AnalyseStage").execute())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The Analyse stage of programme " + reference + " cannot start: the programme was never registered"
            + " (no programme record). A programme starts with its start form, which registers it.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
  }

  @Test
  void startingBeforeTheLastDecisionSkippingListenersIsRefused() {
    String reference = Programmes.newReference();

    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("commissioning-cycle")
        .businessKey(reference).setVariable("gatePassed", true).startBeforeActivity("DecideNextStep").execute(true, true))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("'Decide what happens next' of programme " + reference
            + " cannot start: the Review stage's participation gate has not passed.");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .isZero();
  }

  @Test
  void theGatesEvidenceWindowComesFromTheStageRecordNotFromAVariable() {
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.analyse(pi, Mode.EVIDENCE);
    assertThat(pi).isWaitingAt("PlanCheckIntelligence");
    // evidence for the Plan stage recorded before this Plan stage began: it does not count
    jdbc.update("""
        insert into wm_engagement_evidence (id, programme_reference, service_area, stage, engaged_on, method,
          participants_total, age_bands, what_they_said, buddy_recorded, recorded_by, recorded_at)
        values (?, ?, 'young-carers', 'plan', date '2026-01-10', 'workshop', 5, '11-15', 'Old words', false, 'pat', ?)""",
        UUID.randomUUID().toString(), pi.getBusinessKey(), Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    // a submission that overwrites the stage's window variables (a non-date used to read as 1970)
    String stageScope = engine.getRuntimeService().getActivityInstance(pi.getId()).getActivityInstances("PlanStage")[0]
        .getExecutionIds()[0];
    engine.getRuntimeService().setVariableLocal(stageScope, "stageStartedAt", "not a date");

    cycle.checkIntelligence(pi, "Plan", false);
    cycle.complete(pi, "PlanDraftSpecification", Map.of("specificationSummary", "Respite, one-to-one support."));
    cycle.complete(pi, "PlanReviewSpecification", CycleDriver.specReview("2027-04-01", "Added evening sessions.", "no", 0));
    cycle.complete(pi, "PlanOptionAppraisal", Map.of("optionsConsidered", "In-house\nOne provider",
        "youngPeoplesRanking", "One provider, in-house", "optionChosen", "One provider",
        "rankingInfluence", "We chose the option young people ranked first."));

    assertThat(pi).isWaitingAt("PlanRequestException");
    assertThat(jdbc.queryForObject("select outcome from wm_gate_decision where process_instance_id = ? and gate_point = 'plan'",
        String.class, pi.getId())).isEqualTo("REFUSED");
  }
}
