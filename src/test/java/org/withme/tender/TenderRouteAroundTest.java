package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
 * A tender at scoring, attacked round the side: the jobs, the instance and the panellists' tasks
 * cannot be changed by process owners, administrators or the panellists themselves, and a task is
 * done by its own person. Each refusal is 403 and leaves everything as it was.
 */
@WithMeTest
class TenderRouteAroundTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  TenderRun run;
  Task yasmins;

  @BeforeEach
  void atScoring() {
    init(engine);
    TenderRun.clockAt(2026, 12, 1);
    run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    yasmins = run.tasks("ScoreBids").stream().filter(t -> "yasmin".equals(t.getAssignee())).findFirst().orElseThrow();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void assertRefused(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
  }

  /** The standstill timer, armed once the charter is signed. */
  private Job standstillTimer() {
    run.everyoneScores().moderated().charter(true);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId())
        .activityId("StandstillEnds").singleResult();
    assertThat(timer).as("the standstill timer").isNotNull();
    return timer;
  }

  @Test
  void ownersAndAdministratorsCannotRunRetryOrSuspendJobs() {
    Job job = standstillTimer();
    for (String user : List.of("owen", "admin", "priya", "yasmin")) {
      RestClient as = RestClient.as(rest, user);
      ResponseEntity<String> execute = as.post("/job/" + job.getId() + "/execute", Map.of());
      assertThat(execute.getStatusCode().value()).as(user + " " + execute.getBody()).isIn(403, 404);
      assertThat(as.put("/job/" + job.getId() + "/retries", Map.of("retries", 0)).getStatusCode().value()).isIn(403, 404);
      assertThat(as.put("/job/" + job.getId() + "/suspended", Map.of("suspended", true)).getStatusCode().value()).isIn(403, 404);
      assertThat(as.put("/job-definition/" + job.getJobDefinitionId() + "/suspended", Map.of("suspended", true))
          .getStatusCode().value()).isIn(403, 404);
    }
    Job after = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).as("the job is still there").isNotNull();
    assertThat(after.getRetries()).as("no retry spent on a refused run").isEqualTo(job.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.isSuspended()).isFalse();
  }

  @Test
  void ownersAndAdministratorsCannotDeleteOrSuspendTheTender() {
    String id = run.pi.getId();
    for (String user : List.of("owen", "admin", "priya")) {
      RestClient as = RestClient.as(rest, user);
      assertRefusedOrHidden(as.delete("/process-instance/" + id));
      assertRefusedOrHidden(as.post("/process-instance/delete", Map.of("processInstanceIds", List.of(id),
          "deleteReason", "tidy up")));
      assertRefusedOrHidden(as.put("/process-instance/" + id + "/suspended", Map.of("suspended", true)));
      assertRefusedOrHidden(as.put("/process-instance/suspended", Map.of("processInstanceIds", List.of(id), "suspended", true)));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).active().count()).isOne();
    assertThat(engine.getManagementService().createBatchQuery().count()).isZero();
  }

  private static void assertRefusedOrHidden(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
  }

  @Test
  void aPanellistCannotWriteVariablesThroughHerTask() {
    String task = "/task/" + yasmins.getId();
    RestClient yasmin = RestClient.as(rest, "yasmin");
    assertRefused(yasmin.put(task + "/variables/panellist", Map.of("value", "kai", "type", "String")));
    assertRefused(yasmin.put(task + "/localVariables/panellist", Map.of("value", "kai", "type", "String")));
    assertRefused(yasmin.put(task + "/variables/tenderReference", Map.of("value", "T-OTHER", "type", "String")));
    assertRefused(yasmin.post(task + "/variables", Map.of("modifications", Map.of("panellist", Map.of("value", "kai")))));
    assertRefused(yasmin.delete(task + "/variables/scoreSheet"));
    assertThat(engine.getTaskService().getVariable(yasmins.getId(), "panellist")).isEqualTo("yasmin");
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "tenderReference")).isEqualTo(run.tender());
    assertThat(engine.getTaskService().getVariable(yasmins.getId(), "scoreSheet")).isNotNull();
  }

  @Test
  void aPanellistCannotHandHerTaskToOthersNorMoveItsDueDate() throws Exception {
    String task = "/task/" + yasmins.getId();
    RestClient yasmin = RestClient.as(rest, "yasmin");
    Date due = engine.getTaskService().createTaskQuery().taskId(yasmins.getId()).singleResult().getDueDate();
    assertRefused(yasmin.put(task, withoutFormRef(yasmin.get(task).getBody(), "due", null)));
    assertRefused(yasmin.post(task + "/identity-links", Map.of("groupId", "young-panellists", "type", "candidate")));
    assertRefused(yasmin.post(task + "/assignee", Map.of("userId", "kai")));
    assertRefused(yasmin.post(task + "/delegate", Map.of("userId", "kai")));
    assertRefused(yasmin.post(task + "/claim", Map.of("userId", "kai")));

    Task now = engine.getTaskService().createTaskQuery().taskId(yasmins.getId()).singleResult();
    assertThat(now.getAssignee()).isEqualTo("yasmin");
    assertThat(now.getDueDate()).isEqualTo(due);
    assertThat(engine.getTaskService().getIdentityLinksForTask(yasmins.getId()))
        .noneMatch(l -> "young-panellists".equals(l.getGroupId()));
    assertThat(RestClient.as(rest, "kai").get(task).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void nobodyButThePanellistCompletesHerScoring() {
    String task = "/task/" + yasmins.getId();
    Map<String, Object> sheet = RestClient.variables(Map.of("scoreSheet", run.filledSheet(yasmins, 4)));
    for (String user : List.of("owen", "admin", "priya", "kai", "opal")) {
      ResponseEntity<String> complete = RestClient.as(rest, user).post(task + "/complete", sheet);
      ResponseEntity<String> submit = RestClient.as(rest, user).post(task + "/submit-form", sheet);
      assertThat(complete.getStatusCode().value()).as(user + " " + complete.getBody()).isIn(403, 404);
      assertThat(submit.getStatusCode().value()).as(user + " " + submit.getBody()).isIn(403, 404);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(yasmins.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ? and user_id = ?",
        Integer.class, run.tender(), "yasmin")).isZero();
  }

  @Test
  void aSubmissionCannotSpeakForAnotherPanellistOrTender() {
    Task kais = run.tasks("ScoreBids").stream().filter(t -> "kai".equals(t.getAssignee())).findFirst().orElseThrow();
    engine.getTaskService().complete(kais.getId(), Map.of("scoreSheet", run.filledSheet(kais, 2)));
    String sheet = run.filledSheet(yasmins, 5);
    engine.getIdentityService().setAuthentication("yasmin", List.of("young-panellists"));
    try {
      // a signed-in person's submission is refused as a whole before any listener runs
      assertThatThrownBy(() -> engine.getTaskService().complete(yasmins.getId(), Map.of("scoreSheet", sheet,
          "panellist", "kai", "tenderReference", "T-SOMEONE-ELSES")))
          .isInstanceOf(org.withme.forms.InvalidFormException.class)
          .hasMessageContaining("'panellist' is not a field of this form")
          .hasMessageContaining("'Tender' (tenderReference) is shown for information and cannot be changed");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ? and user_id = ?",
        Integer.class, run.tender(), "yasmin")).isZero();
    // and where no person's submission is checked (WithMe's own calls), the listener still takes the
    // panellist from the task and the tender from the business key, not from the variables
    engine.getTaskService().complete(yasmins.getId(), Map.of("scoreSheet", sheet, "panellist", "kai",
        "tenderReference", "T-SOMEONE-ELSES"));
    assertThat(jdbc.queryForList("select distinct score from wm_tender_score where tender_reference = ? and user_id = ?"
        + " and bidder = 'North Star Carers'", Integer.class, run.tender(), "kai")).as("kai's own scores stay").containsExactly(2);
    assertThat(jdbc.queryForList("select distinct score from wm_tender_score where tender_reference = ? and user_id = ?"
        + " and bidder = 'North Star Carers'", Integer.class, run.tender(), "yasmin")).containsExactly(5);
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ?", Integer.class,
        "T-SOMEONE-ELSES")).isZero();
  }

  @Test
  void procurementManagesTheDueDateAndAPreviousAssigneeLosesTheTask() throws Exception {
    String task = "/task/" + yasmins.getId();
    RestClient priya = RestClient.as(rest, "priya");
    ResponseEntity<String> read = priya.get(task);
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
    ResponseEntity<String> moved = priya.put(task, withoutFormRef(read.getBody(), "due", "2026-12-20T17:00:00.000+0000"));
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(yasmins.getId()).singleResult().getDueDate())
        .isEqualTo(Date.from(java.time.Instant.parse("2026-12-20T17:00:00Z")));
    assertThat(RestClient.as(rest, "priya").get(task + "/variables").getStatusCode().value())
        .as("managing a task is not reading its variables").isEqualTo(403);

    assertThat(priya.post(task + "/assignee", Map.of("userId", "kai")).getStatusCode().value()).isEqualTo(204);
    assertThat(RestClient.as(rest, "yasmin").get(task).getStatusCode().value())
        .as("the previous assignee no longer sees the task").isEqualTo(404);
    assertThat(RestClient.as(rest, "kai").get(task).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void ownersSeeTheTenderButNotItsPricesScoresOrPanel() {
    run.everyoneScores();
    RestClient owen = RestClient.as(rest, "owen");
    String id = run.pi.getId();
    assertThat(owen.get("/process-instance/" + id).getStatusCode().value()).isEqualTo(200);
    assertThat(owen.get("/process-instance/" + id + "/variables").getStatusCode().value()).isEqualTo(403);
    for (String path : List.of("/history/variable-instance?maxResults=500&processInstanceId=" + id,
        "/history/detail?maxResults=500&processInstanceId=" + id, "/variable-instance?maxResults=500&processInstanceIdIn=" + id)) {
      ResponseEntity<String> response = owen.get(path);
      assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isIn(200, 403);
      assertThat(response.getBody()).as(path).doesNotContain("400000").doesNotContain("Morgan")
          .doesNotContain("Clear answer with examples");
    }
    assertThat(owen.get("/history/activity-instance?maxResults=500&processInstanceId=" + id).getStatusCode().value()).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutFormRef(String taskJson, String field, Object value) throws Exception {
    Map<String, Object> task = JSON.readValue(taskJson, Map.class);
    task.remove("camundaFormRef");
    task.put(field, value);
    return task;
  }
}
