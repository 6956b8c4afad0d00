package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.CycleDriver.Mode;
import org.withme.forms.InvalidFormException;
import org.withme.support.Programmes;
import org.withme.support.WithMePostgresTest;

/** The main commissioning-cycle scenarios on a real PostgreSQL. */
@WithMePostgresTest
class CommissioningCyclePostgresTest {

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

  @Test
  void aWholeCycleWithEvidenceOverdueFeedbackAndALoopBackToAnalyse() {
    String ref = Programmes.newReference();
    ProcessInstance pi = cycle.start(ref);
    cycle.analyse(pi, Mode.EVIDENCE);
    cycle.plan(pi, Mode.EVIDENCE_FEEDBACK_OVERDUE);
    cycle.doReprocure(pi, Mode.EVIDENCE, true);
    cycle.review(pi, Mode.EVIDENCE);
    cycle.decideNext(pi, "recommission");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    cycle.analyse(pi, Mode.EXCEPTION_APPROVED);

    assertThat(jdbc.queryForList("select gate_point || ' ' || outcome from wm_gate_decision where business_key = ?"
        + " order by decided_at", String.class, ref)).containsExactly("analyse PASSED_WITH_EVIDENCE",
        "plan PASSED_WITH_EVIDENCE", "do PASSED_WITH_EVIDENCE", "review PASSED_WITH_EVIDENCE", "analyse REFUSED",
        "analyse PASSED_BY_EXCEPTION");
    assertThat(jdbc.queryForObject("select count(*) from wm_engagement_survey where programme_reference = ?",
        Integer.class, ref)).isOne();
  }

  @Test
  void aProgrammeStartsInAServiceAreaWithAThousandRecordsAndOneVeryLongAnswer() {
    org.withme.participation.ParticipationRecords records = new org.withme.participation.ParticipationRecords(jdbc);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 5);
    for (int i = 0; i < 1000; i++) {
      records.insertEvidence("EARLIER-" + i, "emotional-wellbeing", "analyse", day.plusDays(i % 300), "survey", 12,
          "11-15: 12", "young-carers", "We want someone to talk to after school, not a waiting list. (" + i + ")",
          false, "cora", java.time.Instant.now());
    }
    String longAnswer = "They said the drop-in works. ".repeat(200);
    records.insertEvidence("EARLIER-LONG", "emotional-wellbeing", "plan", day.plusDays(301), "workshop", 8, "16-17: 8",
        "young-carers", longAnswer, false, "cora", java.time.Instant.now());

    String ref = Programmes.newReference();
    Map<String, Object> form = Programmes.startForm(ref);
    form.put("serviceArea", "emotional-wellbeing");
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", form);

    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    String task = cycle.task(pi, "AnalyseCheckIntelligence").getId();
    org.camunda.bpm.engine.variable.VariableMap shown = engine.getFormService().getTaskFormVariables(task);
    assertThat(shown.getValue("existingIntelligenceCount", String.class)).isEqualTo("The newest 30 of 1001 records, newest first.");
    org.camunda.spin.json.SpinJsonNode rows = org.camunda.spin.Spin.JSON(shown.getValueTyped("existingIntelligence").getValue());
    assertThat(rows.elements()).hasSize(30);
    assertThat(rows.elements().get(0).prop("programme").stringValue()).isEqualTo("EARLIER-LONG (plan)");
    assertThat(rows.elements().get(0).prop("whatTheySaid").stringValue()).isEqualTo(longAnswer);
    assertThat(rows.elements().get(0).prop("engagedOn").stringValue()).isEqualTo("2 November 2026");
    assertThat(shown.getValue("consultationFatigueWarning", String.class)).contains("and ").contains(" more").hasSizeLessThan(800);
    cycle.checkIntelligence(pi, "Analyse", true);
    assertThat(pi).isWaitingAt("AnalyseAssessNeeds");
  }

  @Test
  void refusedExceptionsThenEvidenceAndDecommissioning() {
    String ref = Programmes.newReference();
    ProcessInstance pi = cycle.start(ref);
    cycle.analyse(pi, Mode.EXCEPTION_REFUSED_THEN_EVIDENCE);
    cycle.plan(pi, Mode.EVIDENCE);
    cycle.doDecommission(pi, Mode.EXCEPTION_REFUSED_THEN_EVIDENCE);
    assertThat(pi).isEnded().hasPassed("ServiceDecommissioned");
    assertThat(jdbc.queryForList("select decision from wm_participation_exception where programme_reference = ?",
        String.class, ref)).containsOnly("refused").hasSize(2);
  }

  @Test
  void fatigueWarningAndNoSelfApproval() {
    String earlier = Programmes.newReference();
    cycle.analyse(cycle.start(earlier), Mode.EVIDENCE);
    ProcessInstance pi = cycle.start(Programmes.newReference());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationFatigueWarning").toString()).contains(earlier);

    cycle.checkIntelligence(pi, "Analyse", false);
    cycle.complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers in the area.",
        "commissioningIntention", "A young carers' service."));
    cycle.complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", CycleDriver.ANSWERS));
    cycle.completeAs(pi, "AnalyseRequestException", "hana",
        Map.of("exceptionReason", "The young people were asked about this last month by the youth council."));
    String decide = cycle.task(pi, "AnalyseDecideException").getId();
    engine.getIdentityService().setAuthentication("hana", List.of("head-of-commissioning"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(decide,
          Map.of("exceptionDecision", "approve", "exceptionDecisionReason", "I asked, and I agree with myself.")))
          .isInstanceOf(InvalidFormException.class).hasMessageContaining("may not decide it");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("AnalyseDecideException");
  }
}
