package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/** A participation officer starts an inspection over REST; a lapsed inspector is refused with 400 naming them. */
@WithMeTest
class YouthInspectionRestTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired YoungInspectorPool pool;

  @Test
  void aParticipationOfficerStartsAnInspectionAndALapsedInspectorIsRefusedOverRest() throws Exception {
    assertThat(pool.find(DemoInspectorPool.DEMO_INSPECTOR)).as("the demo's Young Inspector is in the pool").isPresent();
    InspectionScenario s = new InspectionScenario(engine, pool, "youth-activities");
    String rory = s.inspector("Rory", 17, 400);
    String ref = Programmes.newReference();
    RestClient pat = RestClient.as(rest, "pat");

    ResponseEntity<String> started = pat.post("/process-definition/key/youth-inspection/submit-form",
        RestClient.variables(new LinkedHashMap<>(InspectionScenario.startForm(ref, "youth-activities"))));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String pi = new ObjectMapper().readTree(started.getBody()).path("id").asText();
    Task assign = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(assign.getTaskDefinitionKey()).isEqualTo("AssignInspectors");

    ResponseEntity<String> refused = pat.post("/task/" + assign.getId() + "/submit-form", json(List.of(rory)));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("inspectorsAssigned").contains("Rory (" + rory + ") cannot be assigned");

    ResponseEntity<String> accepted = pat.post("/task/" + assign.getId() + "/submit-form", json(List.of("isla")));
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
  }

  /** The checklist as the Tasklist sends it: a JSON variable. */
  private static Map<String, Object> json(List<String> ids) throws Exception {
    return Map.of("variables", Map.of("inspectorsAssigned",
        Map.of("value", new ObjectMapper().writeValueAsString(ids), "type", "Json")));
  }
}
