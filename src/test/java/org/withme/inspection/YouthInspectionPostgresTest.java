package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.support.WithMePostgresTest;

/** The main inspection scenarios on a real PostgreSQL. */
@WithMePostgresTest
class YouthInspectionPostgresTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired YoungInspectorPool pool;
  @Autowired DataSource dataSource;

  @BeforeEach
  void setUp() throws Exception {
    init(engine);
    try (var c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void aFullInspectionOnPostgresql() {
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    YouthInspectionScenarios.fullInspectionWithFollowUp(engine, jdbc, s, s.inspector("Isla", 16, 30), s.inspector("Ben", 19, 200));
  }

  @Test
  void lapsedTrainingAndAScoreOutsideTheScaleAreRefusedOnPostgresql() {
    InspectionScenario s = new InspectionScenario(engine, pool, "send");
    String isla = s.inspector("Isla", 19, 30);
    String rory = s.inspector("Rory", 17, 400);
    ProcessInstance pi = s.start();
    assertThatThrownBy(() -> s.assign(rory))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("Rory (" + rory + ") cannot be assigned");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_inspector where inspection_id = ?", Integer.class,
        s.inspectionId())).isZero();
    s.assign(isla);
    s.agreeTool();
    s.schedule(false);
    assertThatThrownBy(() -> s.managerScores(0, 3, 3))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(managerScore1) must be on the scale from 1 to 5, not 0");
    assertThat(pi).isWaitingAt("RecordInspectorFindings", "RecordManagerView");
  }

  @Test
  void trainingAndRefresherOnPostgresql() {
    YouthInspectionScenarios.trainingAndRefresher(engine, jdbc, pool);
  }
}
