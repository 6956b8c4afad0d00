package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.support.Programmes;
import org.withme.support.WithMePostgresTest;

/** The main tender scenarios on a real PostgreSQL: award with standstill, bad input, blocked award, re-tender. */
@WithMePostgresTest
class TenderPostgresTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  TenderRun run;

  @BeforeEach
  void setUp() throws Exception {
    try (var c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    init(engine);
    TenderRun.clockAt(2026, 12, 1);
    run = new TenderRun(engine, Programmes.newReference());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAwardWithInterviewsAndAStandstill() {
    run.start("PA2023", false).questionsAgreed();
    assertThatThrownBy(() -> run.panelRecorded("yasmin")).isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(panel.young)");
    run.panelRecorded("kai", "yasmin").nobodyDeclares().published(true).everyoneScores().moderated().interviewed();
    TenderRun.clockAt(2026, 12, 21);
    run.charter(true);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    run.awarded();
    assertThat(run.pi).isEnded();
    assertThat(run.historicVariable("tenderOutcome")).isEqualTo("awarded");
    assertThat(jdbc.queryForObject("select standstill_last_day from wm_tender where reference = ?", String.class, run.tender()))
        .isEqualTo("2027-01-04");
  }

  @Test
  void missingYoungScoresBlockTheAwardAndARefusedCharterEndsInReTender() {
    run.start("PCR2015", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores();
    jdbc.update("delete from wm_tender_score where tender_reference = ? and user_id = 'yasmin'", run.tender());
    run.moderated();
    assertThat(run.pi).isWaitingAt("ReviewBlockedAward");
    run.complete("ReviewBlockedAward", Map.of("blockedAwardNote", "Yasmin scores again."));
    run.everyoneScores().moderated().charter(false).charter(false);
    assertThat(run.pi).isEnded();
    assertThat(run.historicVariable("tenderOutcome")).isEqualTo("retender");
  }
}
