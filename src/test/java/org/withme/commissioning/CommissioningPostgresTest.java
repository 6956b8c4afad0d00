package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.InputStream;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.identity.IdentitySetup;
import org.withme.support.Programmes;
import org.withme.support.WithMePostgresTest;

/** WithMe on a real PostgreSQL: deploys, finds its forms, runs the first steps and sets up once. */
@WithMePostgresTest
class CommissioningPostgresTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired IdentitySetup identitySetup;

  @Test
  void runsOnPostgresql() throws Exception {
    try (var c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    init(engine);
    String pdId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("commissioning-cycle").latestVersion().singleResult().getId();
    try (InputStream form = engine.getFormService().getDeployedStartForm(pdId)) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"start-programme\"");
    }

    String ref = Programmes.newReference();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref));
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task(pi).getId())) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"check-existing-intelligence\"");
    }
    assertThat(jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, ref)).isOne();
    assertThat(jdbc.queryForObject("select process_instance_id from wm_programme where reference = ?", String.class, ref)).isEqualTo(pi.getId());

    String badRef = Programmes.newReference();
    Map<String, Object> bad = Programmes.startForm(badRef);
    bad.put("influenceRung", "1");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", bad))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("Level of influence (influenceRung) rung 1").hasMessageContaining("is not participation");
    assertThat(jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, badRef)).isZero();

    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    identitySetup.run();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
  }
}
