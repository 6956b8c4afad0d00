package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.withme.tender.TenderRun;

/**
 * The Tasklist's task actions over real REST, on a task with a Camunda Form (formRef): set the due
 * and follow-up dates by sending back the task as read, and add a comment.
 */
@WithMeTest
class TaskActionsRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  Task agreeQuestionsTask() {
    TenderRun run = new TenderRun(engine, Programmes.newReference()).start("PA2023", false);
    run.complete("WriteYoungQuestions", Map.of("youngQuestions", "[{\"youngQuestionText\":\"How will we get a break?\"}]"));
    return run.task("AgreeQuestionsAndWeights");
  }

  @Test
  void theTendersManagerSetsTheDueAndFollowUpDatesOfAFormRefTaskBySendingBackTheTaskAsRead() throws Exception {
    Task task = agreeQuestionsTask();
    RestClient priya = RestClient.as(rest, "priya"); // procurement manages the tender's work

    ResponseEntity<String> read = priya.get("/task/" + task.getId());
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    ObjectNode body = (ObjectNode) JSON.readTree(read.getBody());
    assertThat(body.get("camundaFormRef").get("key").asText()).isEqualTo("agree-questions-and-weights");

    body.put("due", "2027-03-31T17:00:00.000+0000");
    body.put("followUp", "2027-03-24T09:00:00.000+0000");
    ResponseEntity<String> update = priya.put("/task/" + task.getId(), body);
    assertThat(update.getStatusCode().value()).as(update.getBody()).isEqualTo(204);

    Task updated = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(updated.getDueDate().toInstant()).hasToString("2027-03-31T17:00:00Z");
    assertThat(updated.getFollowUpDate().toInstant()).hasToString("2027-03-24T09:00:00Z");
    assertThat(updated.getName()).isEqualTo(task.getName());

    // the filter leaves the engine's check alone: a candidate who does not manage the work is refused
    ObjectNode asCandidate = (ObjectNode) JSON.readTree(RestClient.as(rest, "cora").get("/task/" + task.getId()).getBody());
    asCandidate.put("due", "2027-04-30T17:00:00.000+0000");
    assertThat(RestClient.as(rest, "cora").put("/task/" + task.getId(), asCandidate).getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getDueDate().toInstant())
        .hasToString("2027-03-31T17:00:00Z");
  }

  @Test
  void aCandidateGroupMemberAddsACommentToAFormRefTask() throws Exception {
    Task task = agreeQuestionsTask();
    RestClient cora = RestClient.as(rest, "cora");

    ResponseEntity<String> created = cora.post("/task/" + task.getId() + "/comment/create",
        Map.of("message", "Waiting for the young people's note before agreeing the weights."));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(200);

    ResponseEntity<String> comments = cora.get("/task/" + task.getId() + "/comment");
    assertThat(comments.getStatusCode().value()).as(comments.getBody()).isEqualTo(200);
    JsonNode list = JSON.readTree(comments.getBody());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("userId").asText()).isEqualTo("cora");
    assertThat(engine.getTaskService().getTaskComments(task.getId())).hasSize(1);
  }

  @Test
  void theTaskCarriesItsReferenceAndTitleForEveryoneWhoSeesIt() throws Exception {
    TenderRun run = new TenderRun(engine, Programmes.newReference()).start("PA2023", false);
    Task task = run.task("WriteYoungQuestions");
    ResponseEntity<String> reference = RestClient.as(rest, "yasmin").get("/task/" + task.getId() + "/localVariables/taskReference");
    assertThat(reference.getStatusCode().value()).as(reference.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(reference.getBody()).get("value").asText()).isEqualTo(run.tender());
    assertThat(run.tender()).startsWith(run.programme);
    ResponseEntity<String> title = RestClient.as(rest, "yasmin").get("/task/" + task.getId() + "/localVariables/taskTitle");
    assertThat(JSON.readTree(title.getBody()).get("value").asText()).isEqualTo("Young carers' support service");
  }

  @Test
  void aGroupThatDoesNotHaveTheTaskCannotCommentOnIt() {
    Task task = agreeQuestionsTask();
    ResponseEntity<String> refused = RestClient.as(rest, "yasmin").post("/task/" + task.getId() + "/comment/create",
        Map.of("message", "Not my task"));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
  }
}
