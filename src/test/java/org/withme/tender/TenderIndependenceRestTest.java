package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/**
 * Independent scoring through the REST API, as the demo young panellists yasmin and kai: neither
 * reads the other's scores before submitting their own, and neither ever reads a price.
 */
@WithMeTest
class TenderIndependenceRestTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  TenderRun run;
  Task kai;
  Task yasmin;

  @BeforeEach
  void theTenderIsOpenForScoring() {
    TenderRun.clockAt(2026, 12, 1);
    run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    ClockUtil.reset();
    List<Task> scoring = run.tasks("ScoreBids");
    kai = scoring.get(1);
    yasmin = scoring.get(2);
    assertThat(kai.getAssignee()).isEqualTo("kai");
    assertThat(yasmin.getAssignee()).isEqualTo("yasmin");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void aPanellistCannotReadAnotherPanellistsScoresBeforeSubmittingTheirOwn() {
    // while both are scoring, yasmin cannot open kai's task or its variables
    assertThat(RestClient.as(rest, "yasmin").get("/task/" + kai.getId() + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the engine hides a task its caller may not read: 404 with its own message, while the same URL answers kai
    ResponseEntity<String> hidden = RestClient.as(rest, "yasmin").get("/task/" + kai.getId());
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hidden.getBody()).contains("No matching task with id " + kai.getId());
    assertThat(RestClient.as(rest, "kai").get("/task/" + kai.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    // kai submits first: his scores are now on record
    ResponseEntity<String> submitted = RestClient.as(rest, "kai").post("/task/" + kai.getId() + "/complete",
        Map.of("variables", Map.of("scoreSheet", Map.of("value", run.filledSheet(kai, 5), "type", "Json"))));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    RestClient asYasmin = RestClient.as(rest, "yasmin");
    // yasmin sees her own task only
    ResponseEntity<String> list = asYasmin.get("/task?maxResults=50&processInstanceId=" + run.pi.getId());
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains(yasmin.getId()).doesNotContain(kai.getId());
    // her task exposes her own empty sheet, not kai's scores or reasons
    ResponseEntity<String> own = asYasmin.get("/task/" + yasmin.getId() + "/variables?deserializeValues=false");
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).contains("scoreSheet").doesNotContain("Clear answer with examples").doesNotContain("\\\"score\\\":5");
    ResponseEntity<String> form = asYasmin.get("/task/" + yasmin.getId() + "/form-variables");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("scoreSheet").doesNotContain("Clear answer with examples");
    // kai's task is finished now (asking for its variables would only tell "doesn't exist"): his scores
    // live in the process's variables and their history, which are closed to her
    assertThat(asYasmin.get("/process-instance/" + run.pi.getId() + "/variables").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> history = asYasmin.get("/history/variable-instance?maxResults=500&processInstanceId=" + run.pi.getId());
    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).doesNotContain("Clear answer with examples");
    ResponseEntity<String> details = asYasmin.get("/history/detail?maxResults=500&processInstanceId=" + run.pi.getId());
    assertThat(details.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(details.getBody()).doesNotContain("Clear answer with examples");
  }

  @Test
  void aYoungPanellistCannotReadAnyPrice() {
    RestClient asYasmin = RestClient.as(rest, "yasmin");
    for (String path : List.of("/task/" + yasmin.getId() + "/variables", "/task/" + yasmin.getId() + "/form-variables",
        "/history/variable-instance?maxResults=500&processInstanceId=" + run.pi.getId(),
        "/history/detail?maxResults=500&processInstanceId=" + run.pi.getId(),
        "/variable-instance?maxResults=500&processInstanceIdIn=" + run.pi.getId())) {
      ResponseEntity<String> response = asYasmin.get(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(path).doesNotContain("400000").doesNotContain("500000").doesNotContain("\"price\"");
    }
    assertThat(asYasmin.get("/process-instance/" + run.pi.getId() + "/variables").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // her sheet has the bids and her questions, nothing about price
    String own = asYasmin.get("/task/" + yasmin.getId() + "/variables/scoreSheet?deserializeValue=false").getBody();
    assertThat(own).contains("North Star Carers").contains("Q1").contains("Q3").doesNotContain("Q2").doesNotContain("price");
    // the bids with prices are in WithMe's own table only
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.pi.getId())
        .variableName("bids").singleResult().getValue().toString()).contains("400000");
  }
}
