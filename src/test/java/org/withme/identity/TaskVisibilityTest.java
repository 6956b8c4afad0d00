package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/** A task routed to the commissioners is theirs alone, through the Java API and through REST. */
@WithMeTest
class TaskVisibilityTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  Task task;

  @BeforeEach
  void aCommissionerStartsAProgramme() {
    engine.getIdentityService().setAuthentication("cora", List.of("commissioners"));
    try {
      String pi = engine.getRuntimeService()
          .startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference())).getId();
      task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void anotherGroupNeitherSeesNorCompletesItThroughTheJavaApi() {
    engine.getIdentityService().setAuthentication("pat", List.of("participation-officers"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of(
        "newEngagementNeeded", "no", "newEngagementReason", "Someone else's task")))
        .isInstanceOf(AuthorizationException.class);

    engine.getIdentityService().setAuthentication("cora", List.of("commissioners"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void anotherGroupNeitherSeesNorCompletesItThroughRest() {
    ResponseEntity<String> patList = RestClient.as(rest, "pat").get("/task?maxResults=50&processInstanceId=" + task.getProcessInstanceId());
    assertThat(patList.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(patList.getBody()).isEqualTo("[]");

    ResponseEntity<String> patComplete = RestClient.as(rest, "pat").post("/task/" + task.getId() + "/complete",
        RestClient.variables(Map.of("newEngagementNeeded", "no", "newEngagementReason", "Someone else's task")));
    assertThat(patComplete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

    ResponseEntity<String> coraList = RestClient.as(rest, "cora").get("/task?maxResults=50&processInstanceId=" + task.getProcessInstanceId());
    assertThat(coraList.getBody()).contains(task.getId());
  }

  @Test
  void aBadSubmissionThroughRestIsRefusedWith400NamingTheField() {
    ResponseEntity<String> response = RestClient.as(rest, "cora").post("/task/" + task.getId() + "/complete",
        RestClient.variables(Map.of("newEngagementNeeded", "maybe")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("newEngagementNeeded").contains("newEngagementReason");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }
}
