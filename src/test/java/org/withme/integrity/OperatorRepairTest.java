package org.withme.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
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
 * The operator's repair path: a process operator (opal) may repair an instance, only with a reason,
 * and every act is written to wm_operator_action in the same transaction. Operators cannot walk
 * round a gate either: a token moved into a stage whose previous gate did not pass is refused.
 */
@WithMeTest
class OperatorRepairTest {

  static final String REASON_HEADER = "X-Operator-Reason";

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

  private ProcessInstance programme() {
    return engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference()));
  }

  private List<Map<String, Object>> audit(ProcessInstance pi) {
    return jdbc.queryForList("""
        select acted_by, command, process_instance_id, process_definition_id, reason, detail
        from wm_operator_action where process_instance_id = ? order by acted_at""", pi.getId());
  }

  private static Map<String, Object> moveBackToTheStart(String annotation) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("instructions", List.of(
        Map.of("type", "startBeforeActivity", "activityId", "AnalyseCheckIntelligence"),
        Map.of("type", "cancel", "activityId", "AnalyseAssessNeeds"))));
    if (annotation != null) {
      body.put("annotation", annotation);
    }
    return body;
  }

  private ProcessInstance atAssessNeeds() {
    ProcessInstance pi = programme();
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
        Map.of("newEngagementNeeded", "yes", "newEngagementReason", "Nothing recorded yet."));
    assertThat(pi).isWaitingAt("AnalyseAssessNeeds");
    return pi;
  }

  @Test
  void anOperatorsModificationWithoutAReasonIsRefusedAndLeavesNoRecord() {
    ProcessInstance pi = atAssessNeeds();

    ResponseEntity<String> response = RestClient.as(rest, "opal").post("/process-instance/" + pi.getId() + "/modification",
        moveBackToTheStart(null));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("A process operator's repair needs a reason");
    assertThat(pi).isWaitingAt("AnalyseAssessNeeds");
    assertThat(audit(pi)).isEmpty();
  }

  @Test
  void anOperatorsModificationWithAReasonRunsAndIsAudited() {
    ProcessInstance pi = atAssessNeeds();

    ResponseEntity<String> response = RestClient.as(rest, "opal").post("/process-instance/" + pi.getId() + "/modification",
        moveBackToTheStart("Cora completed the intelligence check for the wrong programme; redo it."));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    List<Map<String, Object>> rows = audit(pi);
    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row).containsEntry("ACTED_BY", "opal").containsEntry("COMMAND", "modify")
        .containsEntry("PROCESS_INSTANCE_ID", pi.getId())
        .containsEntry("PROCESS_DEFINITION_ID", pi.getProcessDefinitionId())
        .containsEntry("REASON", "Cora completed the intelligence check for the wrong programme; redo it.");
    assertThat((String) row.get("DETAIL")).contains("AnalyseCheckIntelligence").contains("AnalyseAssessNeeds");
    assertThat(jdbc.queryForObject("select acted_at from wm_operator_action where process_instance_id = ?",
        java.sql.Timestamp.class, pi.getId())).isNotNull();
  }

  @Test
  void anOperatorsVariableWriteNeedsTheReasonHeader() {
    ProcessInstance pi = programme();
    RestClient opal = RestClient.as(rest, "opal");

    ResponseEntity<String> without = opal.put("/process-instance/" + pi.getId() + "/variables/programmeTitle",
        Map.of("value", "Young carers' support service (north)"));
    assertThat(without.getStatusCode().value()).as(without.getBody()).isEqualTo(403);
    assertThat(without.getBody()).contains("X-Operator-Reason");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "programmeTitle")).isEqualTo("Young carers' support service");
    assertThat(audit(pi)).isEmpty();

    ResponseEntity<String> with = opal.withHeader(REASON_HEADER, "Title typo reported by Cora, ticket 4711")
        .put("/process-instance/" + pi.getId() + "/variables/programmeTitle", Map.of("value", "Young carers' support service (north)"));
    assertThat(with.getStatusCode().value()).as(with.getBody()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "programmeTitle")).isEqualTo("Young carers' support service (north)");
    assertThat(audit(pi)).containsExactly(Map.of("ACTED_BY", "opal", "COMMAND", "write variables",
        "PROCESS_INSTANCE_ID", pi.getId(), "PROCESS_DEFINITION_ID", pi.getProcessDefinitionId(),
        "REASON", "Title typo reported by Cora, ticket 4711", "DETAIL", "set programmeTitle"));
  }

  @Test
  void anOperatorCannotMoveATokenPastAGateEitherAndNothingIsRecorded() {
    ProcessInstance pi = programme();

    ResponseEntity<String> response = RestClient.as(rest, "opal").post("/process-instance/" + pi.getId() + "/modification",
        Map.of("annotation", "Skip analysis, the young people were asked last year",
            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "PlanStage"),
                Map.of("type", "cancel", "activityId", "AnalyseStage"))));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("The Plan stage of programme " + pi.getBusinessKey()
        + " cannot start: the Analyse stage's participation gate has not passed.");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(audit(pi)).isEmpty();
    assertThat(jdbc.queryForList("select stage from wm_stage_entry where process_instance_id = ? order by seq",
        String.class, pi.getId())).containsExactly("analyse");
  }

  @Test
  void anOperatorUsingTheJavaApiGivesTheReasonTheSameWay() {
    ProcessInstance pi = programme();
    engine.getIdentityService().setAuthentication("opal", List.of("process-operators"));

    OperatorReason.during("Wrong service area chosen at the start, agreed with Cora",
        () -> engine.getRuntimeService().setVariable(pi.getId(), "serviceArea", "short-breaks"));
    engine.getIdentityService().clearAuthentication();

    assertThat(audit(pi)).containsExactly(Map.of("ACTED_BY", "opal", "COMMAND", "write variables",
        "PROCESS_INSTANCE_ID", pi.getId(), "PROCESS_DEFINITION_ID", pi.getProcessDefinitionId(),
        "REASON", "Wrong service area chosen at the start, agreed with Cora", "DETAIL", "set serviceArea"));
  }
}
