package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/**
 * The award checks on entry, from WithMe's records, that the young panel's gate passed for this
 * tender: a token moved there from moderation is refused, whoever moves it. The standstill timer
 * cannot be fired early by anyone but an operator, with a reason.
 */
@WithMeTest
class TenderAwardIntegrityTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  TenderRun run;

  @BeforeEach
  void setUp() {
    init(engine);
    TenderRun.clockAt(2026, 12, 1);
    run = new TenderRun(engine, Programmes.newReference());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTokenMovedFromModerationToTheAwardIsRefused() {
    run.start("PCR2015", false).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores();
    assertThat(run.pi).isWaitingAt("ModerateScores");

    // no user: the Java API as WithMe's own code would call it; the award's entry check still holds
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(run.pi.getId())
        .startBeforeActivity("AwardContract").cancelAllForActivity("ModerateScores").execute(true, true))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The contract cannot be awarded in the tender of " + run.tender() + ": the participation gate"
            + " before the award (young panellists' scores) has not passed for this tender. The award is reached"
            + " only through scoring, moderation and that gate.");

    assertThat(run.pi).isWaitingAt("ModerateScores");
    assertThat(jdbc.queryForObject("select awarded_bidder from wm_tender where reference = ?", String.class, run.tender()))
        .isNull();
  }

  @Test
  void theStandstillTimerCannotBeFiredEarlyButAnOperatorMayWithAReason() {
    run.start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores().moderated().charter(true);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId())
        .activityId("StandstillEnds").singleResult();
    assertThat(timer).isNotNull();

    ResponseEntity<String> owen = RestClient.as(rest, "owen").post("/job/" + timer.getId() + "/execute", Map.of());
    ResponseEntity<String> dueDate = RestClient.as(rest, "owen").put("/job/" + timer.getId() + "/duedate",
        Map.of("duedate", "2026-12-02T10:00:00.000+0000"));
    assertThat(owen.getStatusCode().value()).as(owen.getBody()).isEqualTo(403);
    assertThat(owen.getBody()).contains("owen may not run a timer now");
    assertThat(dueDate.getStatusCode().value()).as(dueDate.getBody()).isEqualTo(403);
    assertThat(run.pi).isWaitingAt("StandstillEnds");

    ResponseEntity<String> opal = RestClient.as(rest, "opal")
        .withHeader("X-Operator-Reason", "Standstill waived by the court order of 2 December")
        .post("/job/" + timer.getId() + "/execute", Map.of());
    assertThat(opal.getStatusCode().value()).as(opal.getBody()).isEqualTo(204);
    assertThat(run.pi).isWaitingAt("AwardContract");
    assertThat(jdbc.queryForList("select acted_by, command, process_instance_id, reason from wm_operator_action"
        + " where process_instance_id = ?", run.pi.getId())).containsExactly(Map.of("ACTED_BY", "opal",
        "COMMAND", "run a timer now", "PROCESS_INSTANCE_ID", run.pi.getId(),
        "REASON", "Standstill waived by the court order of 2 December"));
  }

  @Test
  void theAwardStillOpensAfterThePassedGate() {
    run.start("PCR2015", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores().moderated().charter(true);
    assertThat(run.pi).isWaitingAt("AwardContract");
    assertThat(jdbc.queryForList("select outcome from wm_gate_decision where process_instance_id = ? and gate_point = ?",
        String.class, run.pi.getId(), "tender-award")).containsExactly("PASSED_WITH_EVIDENCE");
  }
}
