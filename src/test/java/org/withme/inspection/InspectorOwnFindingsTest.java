package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.identity.WithMeGroup;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/**
 * Each assigned Young Inspector records their own findings in a task of their own: an inspector
 * not assigned to the visit cannot see, claim or complete it, and an assigned one cannot record
 * findings for another, over REST or by holding the other's task.
 */
@WithMeTest
class InspectorOwnFindingsTest {

  private static final String PASSWORD = "Inspect-Riverside-2026";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired YoungInspectorPool pool;

  private InspectionScenario s;
  private String mira;
  private String teo;
  private String una;

  @BeforeEach
  void setUp() {
    init(engine);
    s = new InspectionScenario(engine, pool, "youth-activities");
    long n = System.nanoTime() % 1_000_000;
    mira = inspectorWithLogin("mira" + n, "Mira");
    teo = inspectorWithLogin("teo" + n, "Teo");
    una = inspectorWithLogin("una" + n, "Una");
    s.start();
    s.assign(mira, teo); // una is a trained Young Inspector too, but not on this visit
    s.agreeTool();
    s.schedule(false);
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void anInspectorNotOnTheVisitCannotSeeClaimOrCompleteAnotherInspectorsFindings() throws Exception {
    Task miras = s.findingsTaskOf(mira);
    assertThat(miras).as("mira's own task").isNotNull();
    assertThat(s.findingsTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrder(mira, teo);
    RestClient unaRest = RestClient.as(rest, una, PASSWORD);
    RestClient miraRest = RestClient.as(rest, mira, PASSWORD);

    // see: una's task list has neither task; mira's has hers only
    ResponseEntity<String> unaList = unaRest.get("/task?maxResults=50&processInstanceId=" + s.pi.getId());
    assertThat(unaList.getStatusCode()).as(unaList.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(unaList.getBody()).isEqualTo("[]");
    ResponseEntity<String> miraList = miraRest.get("/task?maxResults=50&processInstanceId=" + s.pi.getId() + "&taskDefinitionKey=RecordInspectorFindings");
    assertThat(miraList.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new ObjectMapper().readTree(miraList.getBody()).findValuesAsText("id")).containsExactly(miras.getId());

    // the task itself: hidden from una (404 with the engine's message), shown to mira
    ResponseEntity<String> unaGet = unaRest.get("/task/" + miras.getId());
    assertThat(unaGet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unaGet.getBody()).contains("No matching task with id " + miras.getId());
    assertThat(miraRest.get("/task/" + miras.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> unaForm = unaRest.get("/task/" + miras.getId() + "/form-variables");
    assertThat(unaForm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // claim and complete: refused, and nothing is recorded
    ResponseEntity<String> claim = unaRest.post("/task/" + miras.getId() + "/claim", Map.of("userId", una));
    assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim.getBody()).contains(una + " may not claim 'Record what you found': it is the work of the person it is assigned to");
    ResponseEntity<String> complete = unaRest.post("/task/" + miras.getId() + "/submit-form", submission(5, 5, 5));
    assertThat(complete.getStatusCode()).as(complete.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.getBody()).contains(una + " may not complete 'Record what you found'");
    assertThat(engine.getTaskService().createTaskQuery().taskId(miras.getId()).singleResult().getAssignee()).isEqualTo(mira);
    assertThat(count("select count(*) from wm_inspection_inspector_answer where inspection_id = ?")).isZero();

    // mira records her own: kept under her name, by her
    ResponseEntity<String> own = miraRest.post("/task/" + miras.getId() + "/submit-form", submission(4, 2, 1));
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForList("select score from wm_inspection_inspector_answer where inspection_id = ? and user_id = ? order by position",
        Integer.class, s.inspectionId(), mira)).containsExactly(4, 2, 1);
    assertThat(jdbc.queryForList("select distinct recorded_by from wm_inspection_inspector_answer where inspection_id = ?",
        String.class, s.inspectionId())).containsExactly(mira);
  }

  @Test
  void anAssignedInspectorCannotRecordFindingsForAnother() throws Exception {
    Task miras = s.findingsTaskOf(mira);
    Task teos = s.findingsTaskOf(teo);
    RestClient teoRest = RestClient.as(rest, teo, PASSWORD);

    // over REST: teo cannot take, claim or complete mira's task
    ResponseEntity<String> take = teoRest.post("/task/" + miras.getId() + "/assignee", Map.of("userId", teo));
    assertThat(take.getStatusCode()).as(take.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> claim = teoRest.post("/task/" + miras.getId() + "/claim", Map.of("userId", teo));
    assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> complete = teoRest.post("/task/" + miras.getId() + "/submit-form", submission(1, 1, 1));
    assertThat(complete.getStatusCode()).as(complete.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(miras.getId()).singleResult().getAssignee()).isEqualTo(mira);

    // nor with mira's task handed to teo: the findings stay mira's to record
    engine.getTaskService().setAssignee(miras.getId(), teo);
    ResponseEntity<String> handed = teoRest.post("/task/" + miras.getId() + "/submit-form", submission(1, 1, 1));
    assertThat(handed.getStatusCode()).as(handed.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(handed.getBody()).contains("These are Mira's findings: only Mira records them, not " + teo);
    engine.getIdentityService().setAuthenticatedUserId(teo);
    assertThatThrownBy(() -> engine.getTaskService().complete(miras.getId(), InspectionScenario.findings(1, 1, 1)))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("These are Mira's findings: only Mira records them, not " + teo);
    engine.getIdentityService().clearAuthentication();
    assertThat(count("select count(*) from wm_inspection_inspector_answer where inspection_id = ?")).isZero();

    // each records their own; the combined view is built from both
    engine.getTaskService().setAssignee(miras.getId(), mira);
    assertThat(RestClient.as(rest, mira, PASSWORD).post("/task/" + miras.getId() + "/submit-form", submission(5, 2, 1))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> teoForm = teoRest.get("/task/" + teos.getId() + "/form-variables");
    assertThat(teoForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(teoForm.getBody()).as("teo's form does not show mira's findings").doesNotContain("inspectorScore")
        .doesNotContain("We saw it ourselves");
    assertThat(teoRest.post("/task/" + teos.getId() + "/submit-form", submission(2, 2, 2)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    s.managerScores(5, 4, 4);
    assertThat(s.pi).isWaitingAt("WriteReport");
    assertThat(jdbc.queryForList("select user_id from wm_inspection_inspector_answer where inspection_id = ? and position = 1 order by score",
        String.class, s.inspectionId())).containsExactly(teo, mira);
    // (5+2)/2 = 3.5 -> 4, (2+2)/2 = 2, (1+2)/2 = 1.5 -> 2
    assertThat(jdbc.queryForList("select score from wm_inspection_answer where inspection_id = ? and viewpoint = 'inspectors' order by position",
        Integer.class, s.inspectionId())).containsExactly(4, 2, 2);
    assertThat(engine.getRuntimeService().getVariable(s.pi.getId(), "comparisonSummary").toString())
        .contains("Young Inspectors 4/5 (").contains("Mira 5").contains("Teo 2");
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class, s.inspectionId());
  }

  /** A trained inspector with a WithMe login in the youth-inspectors group. */
  private String inspectorWithLogin(String id, String name) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(id);
    user.setFirstName(name);
    user.setLastName("(Young Inspector)");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, WithMeGroup.YOUTH_INSPECTORS.id());
    java.time.LocalDate trained = java.time.LocalDate.now().minusDays(20);
    pool.recordTraining(id, name, AgeBand.forAge(19), trained, trained.plusYears(1), "initial", "test", java.time.Instant.now());
    return id;
  }

  /** The findings as the Tasklist sends them. */
  private static Map<String, Object> submission(long... scores) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      values.put("inspectorScore" + (i + 1), Map.of("value", scores[i], "type", "Long"));
      values.put("inspectorComment" + (i + 1), Map.of("value", "We saw it ourselves, " + (i + 1), "type", "String"));
    }
    return Map.of("variables", values);
  }

  @SuppressWarnings("unused")
  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
