package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/** A Scottish council's tender on the real engine: chosen at the start, its standstill counted in Scottish bank holidays. */
@WithMeTest
class ScottishTenderTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  TenderRun run;

  @BeforeEach
  void setUp() {
    init(engine);
    TenderRun.clockAt(2026, 11, 2);
    run = new TenderRun(engine, Programmes.newReference());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void procurementStartsAScottishTenderFromTheStartForm() throws Exception {
    Map<String, Object> form = TenderRun.startForm(run.programme, "PCS2015", true);
    ResponseEntity<String> priya = RestClient.as(rest, "priya")
        .post("/process-definition/key/tender-evaluation/submit-form", RestClient.variables(form));
    assertThat(priya.getStatusCode()).as(priya.getBody()).isEqualTo(HttpStatus.OK);
    String pi = new ObjectMapper().readTree(priya.getBody()).path("id").asText();
    String tender = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    assertThat(jdbc.queryForObject("select regime from wm_tender where reference = ?", String.class, tender)).isEqualTo("PCS2015");
  }

  @Test
  void aScottishLightTouchTenderAboveTheThresholdWaitsOverStAndrewsDay() {
    var form = TenderRun.startForm(run.programme, "PCS2015", true);
    form.put("estimatedValue", 900000L);
    run.pi = engine.getRuntimeService().startProcessInstanceByKey("tender-evaluation", form);
    run.questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores().moderated();
    TenderRun.clockAt(2026, 11, 19);
    run.charter(true);

    // reg. 87: 10 days after Thu 19 Nov 2026 is Sun 29 Nov; Mon 30 Nov is St Andrew's Day; over at midnight after Tue 1 Dec
    assertThat(run.pi).isWaitingAt("StandstillEnds");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, Standstill.LONDON).toInstant());
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "standstillExplanation").toString())
        .contains("Public Contracts (Scotland) Regulations 2015 reg. 87, which applies to light-touch contracts too")
        .contains("Scottish bank holidays excluded");
  }

  @Test
  void aScottishLightTouchTenderBelowTheThresholdHasNoStandstillUnlessTheCouncilOptsIn() {
    run.start("PCS2015", true); // £450,000, below the light-touch threshold
    run.questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores().moderated()
        .charter(true);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.pi.getId())
        .variableName("standstillRequired").singleResult().getValue()).isEqualTo(false);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.pi.getId())
        .variableName("standstillExplanation").singleResult().getValue().toString())
        .contains("Procurement Reform (Scotland) Act 2014 sets none");
    assertThat(run.pi).hasNotPassed("StandstillEnds");
  }
}
