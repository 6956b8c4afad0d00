package org.withme.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * One way forward: nobody outside the process operators starts a process part-way, skips listeners,
 * modifies an instance, writes its variables or sends a message or signal, through REST or the Java
 * API. Each attack is refused with 403 and leaves nothing behind.
 */
@WithMeTest
class OneWayForwardTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  private String executionAtCheckIntelligence(ProcessInstance pi) {
    return engine.getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
        .activityId("AnalyseCheckIntelligence").singleResult().getId();
  }

  private void assertNothingStoredFor(String reference) {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, reference)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_gate_decision where business_key = ?", Integer.class, reference)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_tender where programme_reference = ?", Integer.class, reference)).isZero();
  }

  private static Map<String, Object> startPartWay(String reference, Map<String, Object> extra) {
    return Map.of("businessKey", reference,
        "variables", Map.of("programmeReference", Map.of("value", reference), "gatePassed", Map.of("value", true)),
        "startInstructions", List.of(extra));
  }

  @Test
  void aCommissionerCannotStartTheCycleAfterTheAnalyseGate() {
    String reference = Programmes.newReference();
    ResponseEntity<String> response = RestClient.as(rest, "cora").post("/process-definition/key/commissioning-cycle/start",
        startPartWay(reference, Map.of("type", "startAfterActivity", "activityId", "AnalyseGate")));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("cora may not start part-way")
        .contains("work moves on only by completing its tasks");
    assertNothingStoredFor(reference);
  }

  @Test
  void aCommissionerCannotStartBeforeDecideNextStepSkippingListeners() {
    String reference = Programmes.newReference();
    Map<String, Object> body = new java.util.HashMap<>(startPartWay(reference,
        Map.of("type", "startBeforeActivity", "activityId", "DecideNextStep")));
    body.put("skipCustomListeners", true);
    body.put("skipIoMappings", true);
    ResponseEntity<String> response = RestClient.as(rest, "cora").post("/process-definition/key/commissioning-cycle/start", body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertNothingStoredFor(reference);
  }

  @Test
  void procurementCannotStartATenderBeforeTheAward() {
    String reference = Programmes.newReference();
    ResponseEntity<String> response = RestClient.as(rest, "priya").post("/process-definition/key/tender-evaluation/start",
        Map.of("businessKey", reference,
            "variables", Map.of("programmeReference", Map.of("value", reference),
                "tenderReference", Map.of("value", reference + "-T"), "awardedBidder", Map.of("value", "North Star Carers")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "AwardContract"))));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertNothingStoredFor(reference);
    assertThat(jdbc.queryForObject("select count(*) from wm_tender where reference = ?", Integer.class, reference + "-T")).isZero();
  }

  private long batchesBy(String user) {
    return engine.getManagementService().createBatchQuery().list().stream()
        .filter(b -> user.equals(b.getCreateUserId())).count();
  }

  private ProcessInstance programme() {
    return engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference()));
  }

  @Test
  void aProcessOwnerCannotSkipAStageByModification() {
    ProcessInstance pi = programme();
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");

    ResponseEntity<String> response = RestClient.as(rest, "owen").post("/process-instance/" + pi.getId() + "/modification",
        Map.of("skipCustomListeners", true, "annotation", "Young people were asked elsewhere",
            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "PlanStage"),
                Map.of("type", "cancel", "activityId", "AnalyseStage"))));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("owen may not modify");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(jdbc.queryForObject("select count(*) from wm_stage_entry where process_instance_id = ? and stage = 'plan'",
        Integer.class, pi.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from wm_operator_action where process_instance_id = ?",
        Integer.class, pi.getId())).isZero();
  }

  @Test
  void aProcessOwnerCannotModifyManyInstancesOrRestartOrMigrate() {
    ProcessInstance pi = programme();
    RestClient owen = RestClient.as(rest, "owen");
    ResponseEntity<String> many = owen.post("/modification/execute", Map.of("processDefinitionId", pi.getProcessDefinitionId(),
        "processInstanceIds", List.of(pi.getId()),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "ReviewStage"))));
    ResponseEntity<String> batch = owen.post("/modification/executeAsync", Map.of("processDefinitionId", pi.getProcessDefinitionId(),
        "processInstanceIds", List.of(pi.getId()),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "ReviewStage"))));
    ResponseEntity<String> migrate = owen.post("/migration/execute", Map.of(
        "migrationPlan", Map.of("sourceProcessDefinitionId", pi.getProcessDefinitionId(),
            "targetProcessDefinitionId", pi.getProcessDefinitionId(),
            "instructions", List.of(Map.of("sourceActivityIds", List.of("AnalyseCheckIntelligence"),
                "targetActivityIds", List.of("AnalyseCheckIntelligence")))),
        "processInstanceIds", List.of(pi.getId())));

    assertThat(many.getStatusCode().value()).as(many.getBody()).isEqualTo(403);
    assertThat(batch.getStatusCode().value()).as(batch.getBody()).isEqualTo(403);
    assertThat(migrate.getStatusCode().value()).as(migrate.getBody()).isEqualTo(403);
    assertThat(batchesBy("owen")).isZero();
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
  }

  @Test
  void aProcessOwnerCannotWriteTheVariablesTheGatesRead() {
    ProcessInstance pi = programme();
    RestClient owen = RestClient.as(rest, "owen");
    String execution = executionAtCheckIntelligence(pi);

    ResponseEntity<String> put = owen.put("/process-instance/" + pi.getId() + "/variables/gatePassed", Map.of("value", true));
    ResponseEntity<String> modify = owen.post("/process-instance/" + pi.getId() + "/variables",
        Map.of("modifications", Map.of("stageStartedAt", Map.of("value", "1970-01-01"))));
    ResponseEntity<String> delete = owen.delete("/process-instance/" + pi.getId() + "/variables/programmeTitle");
    ResponseEntity<String> local = owen.put("/execution/" + execution + "/localVariables/stage", Map.of("value", "review"));

    for (ResponseEntity<String> response : List.of(put, modify, delete, local)) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
      assertThat(response.getBody()).contains("owen may not write variables");
    }
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "gatePassed")).isNull();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "programmeTitle")).isEqualTo("Young carers' support service");
    assertThat(engine.getRuntimeService().getVariable(execution, "stage")).isEqualTo("analyse");
  }

  @Test
  void nobodyButAnOperatorSendsAMessageOrASignal() {
    ProcessInstance pi = programme();
    for (String user : List.of("owen", "cora")) {
      ResponseEntity<String> message = RestClient.as(rest, user).post("/message",
          Map.of("messageName", "AnalyseClosed", "processInstanceId", pi.getId()));
      ResponseEntity<String> signal = RestClient.as(rest, user).post("/signal", Map.of("name", "AnalyseClosed"));
      assertThat(message.getStatusCode().value()).as(message.getBody()).isEqualTo(403);
      assertThat(signal.getStatusCode().value()).as(signal.getBody()).isEqualTo(403);
    }
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
  }

  @Test
  void anAssigneeCannotEndTheirTaskWithAnErrorOrAnEscalation() {
    ProcessInstance pi = programme();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    engine.getTaskService().setAssignee(task, "cora");
    RestClient cora = RestClient.as(rest, "cora");

    ResponseEntity<String> error = cora.post("/task/" + task + "/bpmnError", Map.of("errorCode", "skip"));
    ResponseEntity<String> escalation = cora.post("/task/" + task + "/bpmnEscalation", Map.of("escalationCode", "skip"));

    assertThat(error.getStatusCode().value()).as(error.getBody()).isEqualTo(403);
    assertThat(error.getBody()).contains("cora may not throw an error from a task");
    assertThat(escalation.getStatusCode().value()).as(escalation.getBody()).isEqualTo(403);
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
  }

  @Test
  void aProcessOwnerCannotSignalAnExecutionOrWriteVariablesInABatch() {
    ProcessInstance pi = programme();
    RestClient owen = RestClient.as(rest, "owen");
    String execution = executionAtCheckIntelligence(pi);

    ResponseEntity<String> signal = owen.post("/execution/" + execution + "/signal", Map.of());
    ResponseEntity<String> batch = owen.post("/process-instance/variables-async", Map.of(
        "processInstanceIds", List.of(pi.getId()), "variables", Map.of("gatePassed", Map.of("value", true))));

    assertThat(signal.getStatusCode().value()).as(signal.getBody()).isEqualTo(403);
    assertThat(signal.getBody()).contains("owen may not deliver a signal");
    assertThat(batch.getStatusCode().value()).as(batch.getBody()).isEqualTo(403);
    assertThat(batchesBy("owen")).isZero();
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "gatePassed")).isNull();
  }

  @Test
  void theJavaApiRefusesAnAuthenticatedUserToo() {
    ProcessInstance pi = programme();
    engine.getIdentityService().setAuthentication("owen", List.of("process-owners"));

    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(pi.getId(), "gatePassed", true))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("owen may not write variables");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity("PlanStage").cancelAllForActivity("AnalyseStage").setAnnotation("skip").execute())
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("owen may not modify");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("commissioning-cycle")
        .businessKey(Programmes.newReference()).startAfterActivity("AnalyseGate").execute())
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("owen may not start part-way");
    // a user who declares the operators' group is not an operator: membership is read from the identity store
    engine.getIdentityService().setAuthentication("owen", List.of("process-operators"));
    assertThatThrownBy(() -> engine.getRuntimeService().removeVariable(pi.getId(), "programmeTitle"))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("owen may not write variables");
    engine.getIdentityService().clearAuthentication();

    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "gatePassed")).isNull();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "programmeTitle")).isNotNull();
  }
}
