package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.SensitiveProgrammes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;
import org.withme.tender.Rows;
import org.withme.tender.SensitiveTenders;

/**
 * Issue 10, finding 6: bad input reached WithMe's listeners before the form check. Each case is
 * refused with 400 naming the field, before any listener: the task stays open, no variable changes,
 * no record is written.
 */
@WithMeTest
class SubmissionRegressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private Snapshots snapshots;

  @BeforeEach
  void setUp() {
    snapshots = new Snapshots(jdbc);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
  }

  /** The evidence of a run engagement as the Tasklist sends it. */
  private static Map<String, Object> evidence() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("engagedOn", Map.of("value", "2027-03-01"));
    v.put("engagementMethod", Map.of("value", "workshop"));
    v.put("participantsUnder11", Map.of("value", 0));
    v.put("participants11to15", Map.of("value", 3));
    v.put("participants16to18", Map.of("value", 2));
    v.put("participants19to25", Map.of("value", 0));
    v.put("groupsRepresented", Map.of("value", "[\"young-carers\"]", "type", "Json"));
    v.put("whatTheySaid", Map.of("value", "We want sessions after school."));
    v.put("buddyRecorded", Map.of("value", "no"));
    v.put("consentRecorded", Map.of("value", "yes"));
    return v;
  }

  private static Map<String, Object> body(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  /** Submits {@code variables} to the task as {@code user}; asserts 400 naming {@code named}, and nothing changed. */
  private String refusedOnTask(String user, ProcessInstance pi, String taskId, Map<String, Object> variables, String... named) {
    String before = snapshots.instance(pi.getId());
    Map<String, Long> records = snapshots.records();
    ResponseEntity<String> r = RestClient.as(rest, user).post("/task/" + taskId + "/submit-form", body(variables));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    assertThat(r.getBody()).contains(named).doesNotContainPattern("\\b(org|java|javax|jakarta|com)\\.[a-z0-9]+\\.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
    assertThat(snapshots.instance(pi.getId())).as("no variable changed").isEqualTo(before);
    assertThat(snapshots.records()).as("no record written").isEqualTo(records);
    return r.getBody();
  }

  private Task runEngagement(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AnalyseRunEngagement")
        .singleResult();
  }

  @Test
  void textForACountIsRefusedBeforeTheEvidenceIsRecorded() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    Map<String, Object> v = evidence();
    v.put("participants11to15", Map.of("value", "abc"));
    String body = refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "participants11to15", "must be a number such as 12, not 'abc'");
    assertThat(body).doesNotContain("NumberFormatException");
  }

  @Test
  void aDecimalForACountIsRefusedNotTruncated() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    Map<String, Object> v = evidence();
    v.put("participants16to18", Map.of("value", 1.5));
    refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "participants16to18", "must be a whole number such as 3, not 1.5");
  }

  @Test
  void aNumberAsTextIsRefused() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    Map<String, Object> v = evidence();
    v.put("whatTheySaid", Map.of("value", 42));
    String body = refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "whatTheySaid", "must be text, not a number");
    assertThat(body).doesNotContain("ClassCastException");
  }

  @Test
  void aNumberAsTheProgrammeTitleIsRefusedAtTheStart() {
    Map<String, Object> v = new LinkedHashMap<>();
    SensitiveProgrammes.startForm().forEach((k, value) -> v.put(k, Map.of("value", value instanceof org.camunda.bpm.engine.variable.value.ObjectValue o
        ? "[\"" + String.join("\",\"", ((List<?>) o.getValue()).stream().map(String::valueOf).toList()) + "\"]" : value)));
    v.put("cohortGroups", Map.of("value", "[\"young-carers\"]", "type", "Json"));
    v.put("lundyElements", Map.of("value", "[\"space\",\"voice\",\"audience\",\"influence\"]", "type", "Json"));
    v.put("programmeTitle", Map.of("value", 42));
    long started = snapshots.started("commissioning-cycle");
    Map<String, Long> records = snapshots.records();
    ResponseEntity<String> r = RestClient.as(rest, "cora").post("/process-definition/key/commissioning-cycle/submit-form", body(v));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    assertThat(r.getBody()).contains("'Programme title' (programmeTitle) must be text, not a number");
    assertThat(snapshots.started("commissioning-cycle")).isEqualTo(started);
    assertThat(snapshots.records()).isEqualTo(records);
  }

  @Test
  void aMegabyteOfTextIsRefusedWithoutSql() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    Map<String, Object> v = evidence();
    v.put("whatTheySaid", Map.of("value", "x".repeat(1 << 20)));
    String body = refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "whatTheySaid", "too large");
    assertThat(body).doesNotContainIgnoringCase("sql").doesNotContain("ACT_");
    v.put("whatTheySaid", Map.of("value", "x".repeat(4001)));
    refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "'What they said' (whatTheySaid) takes at most");
  }

  @Test
  void bytesAsEvidenceTextAreRefused() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    Map<String, Object> v = evidence();
    v.put("whatTheySaid", Map.of("value", Base64.getEncoder().encodeToString("evidence".getBytes()), "type", "Bytes"));
    refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "whatTheySaid", "takes text, not bytes");
    v.put("whatTheySaid", Map.of("value", "rO0ABXQABGV2aWw=", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    refusedOnTask("pat", pi, runEngagement(pi).getId(), v, "whatTheySaid", "takes text, not a serialized object");
  }

  @Test
  void anotherPanellistCannotBeNamedInAConflictDeclaration() {
    SensitiveTenders.Tender tender = SensitiveTenders.atConflicts(engine);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("conflictDeclared", Map.of("value", "no"));
    v.put("panellist", Map.of("value", "kai"));
    refusedOnTask("yasmin", tender.instance(), tender.yasminsScoring(), v, "'panellist' is not a field of this form");
    v.remove("panellist");
    v.put("tenderReference", Map.of("value", "T-OTHER"));
    refusedOnTask("yasmin", tender.instance(), tender.yasminsScoring(), v,
        "'Tender' (tenderReference) is shown for information and cannot be changed");
  }

  @Test
  void theScoreSheetChosenByAnExpressionIsChecked() throws Exception {
    SensitiveTenders.Tender tender = SensitiveTenders.atScoring(engine);
    String taskId = tender.yasminsScoring();
    List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(taskId, "scoreSheet"), "sheet");
    for (Map<String, Object> row : sheet) {
      row.put("score", "4");
      row.put("reason", "Clear plan for young carers");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("scoreSheet", Map.of("value", JSON.writeValueAsString(sheet), "type", "Json"));
    v.put("scoredOnMyOwn", Map.of("value", true));
    v.put("panellist", Map.of("value", "kai"));
    refusedOnTask("yasmin", tender.instance(), taskId, v, "The form of 'Score the bids'", "'panellist' is not a field of this form");
    v.remove("panellist");
    sheet.get(0).put("score", "7");
    v.put("scoreSheet", Map.of("value", JSON.writeValueAsString(sheet), "type", "Json"));
    refusedOnTask("yasmin", tender.instance(), taskId, v, "(scoreSheet[0].score)");
    sheet.get(0).put("score", "4");
    sheet.get(0).put("bidder", "Somebody else");
    v.put("scoreSheet", Map.of("value", JSON.writeValueAsString(sheet), "type", "Json"));
    refusedOnTask("yasmin", tender.instance(), taskId, v, "(scoreSheet[0].bidder) is shown for information and cannot be changed");
  }

  @Test
  void theStageOfAnExceptionCannotBeRelabelled() {
    ProcessInstance pi = SensitiveProgrammes.atRequestException(engine);
    Task ask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("AnalyseRequestException").singleResult();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("exceptionReason", Map.of("value", "The service closes in two weeks."));
    v.put("stage", Map.of("value", "review"));
    refusedOnTask("cora", pi, ask.getId(), v, "'stage' is not a field of this form");
    v.remove("stage");
    v.put("taskStage", Map.of("value", "Review"));
    refusedOnTask("cora", pi, ask.getId(), v, "'Stage' (taskStage) is shown for information and cannot be changed");
    v.remove("taskStage");
    v.put("stageStartedAt", Map.of("value", "not a date"));
    refusedOnTask("cora", pi, ask.getId(), v, "'stageStartedAt' is not a field of this form");
  }

  @Test
  void theRequesterOfAnExceptionCannotBeRewritten() {
    ProcessInstance pi = SensitiveProgrammes.exceptionAwaitingDecision(engine, "cora");
    Task decide = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("AnalyseDecideException").singleResult();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("exceptionDecision", Map.of("value", "approve"));
    v.put("exceptionDecisionReason", Map.of("value", "They were heard recently."));
    v.put("exceptionRequestedBy", Map.of("value", "pat"));
    refusedOnTask("hana", pi, decide.getId(), v, "'exceptionRequestedBy' is not a field of this form");
    v.remove("exceptionRequestedBy");
    v.put("exceptionRequestedByName", Map.of("value", "Pat Ellison"));
    refusedOnTask("hana", pi, decide.getId(), v, "(exceptionRequestedByName) is shown for information and cannot be changed");
  }

  @Test
  void undeclaredVariablesAreRefusedAtTheStart() {
    Map<String, Object> v = new LinkedHashMap<>();
    org.withme.tender.SensitiveTenders.startForm().forEach((k, value) -> v.put(k, Map.of("value", value)));
    v.put("gatePassed", Map.of("value", true));
    v.put("tenderReference", Map.of("value", "T-FORGED"));
    long started = snapshots.started("tender-evaluation");
    Map<String, Long> records = snapshots.records();
    for (String route : List.of("/process-definition/key/tender-evaluation/submit-form", "/process-definition/key/tender-evaluation/start")) {
      ResponseEntity<String> r = RestClient.as(rest, "priya").post(route, body(v));
      assertThat(r.getStatusCode().value()).as(route + " " + r.getBody()).isEqualTo(400);
      assertThat(r.getBody()).contains("'gatePassed' is not a field of this form", "'tenderReference' is not a field of this form");
    }
    assertThat(snapshots.started("tender-evaluation")).isEqualTo(started);
    assertThat(snapshots.records()).isEqualTo(records);
  }

  @Test
  void theJavaApiOfASignedInUserIsCheckedToo() {
    ProcessInstance pi = SensitiveProgrammes.atRunEngagement(engine);
    String taskId = runEngagement(pi).getId();
    String before = snapshots.instance(pi.getId());
    engine.getIdentityService().setAuthentication("pat", List.of("participation-officers"));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("participantsUnder11", "abc");
    v.put("panellist", "kai");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, v)).isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("participantsUnder11").hasMessageContaining("'panellist' is not a field of this form");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, v)).isInstanceOf(InvalidFormException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(snapshots.instance(pi.getId())).isEqualTo(before);
  }

  @Test
  void whatTheTasklistSendsIsAccepted() {
    ProcessInstance pi = SensitiveProgrammes.atRequestException(engine);
    Task ask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("AnalyseRequestException").singleResult();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("exceptionReason", Map.of("value", "The service closes in two weeks."));
    // the Tasklist sends the read-only context back as it showed it
    for (String key : List.of("programmeTitle", "programmeReference", "influencePromise", "taskStage", "gateReason")) {
      Object shown = engine.getTaskService().getVariable(ask.getId(), key);
      v.put(key, java.util.Collections.singletonMap("value", shown instanceof String || shown == null ? shown : shown.toString()));
    }
    ResponseEntity<String> r = RestClient.as(rest, "cora").post("/task/" + ask.getId() + "/submit-form", body(v));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(ask.getId()).count()).isZero();
  }
}
