package org.withme.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/**
 * CVE-2026-109432: Camunda 7.24.0 checks the expressions of an ad-hoc task query but not those inside its
 * {@code orQueries}, so any signed-in person could have the engine evaluate an expression of their own.
 * WithMe refuses expressions in or-queries that a caller sends (REST task queries, and the query a filter
 * is extended with); the saved filters, whose expressions an administrator wrote, keep working.
 */
@WithMeTest
class OrQueryExpressionTest {

  /** An expression the engine could only answer by evaluating it (no such bean: evaluated, it fails with 500). */
  static final String PROBE = "${withmeNoSuchBean.touch()}";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void anExpressionInsideAnOrQueryIsRefusedOnEveryTaskQueryRoute() {
    Map<String, Object> body = Map.of("orQueries", List.of(Map.of("dueAfterExpression", PROBE)));
    Filter myWork = engine.getFilterService().createFilterQuery().filterName("My work").singleResult();
    for (String user : List.of("yasmin", "cora", "owen")) {
      RestClient client = RestClient.as(rest, user);
      for (String path : List.of("/task?firstResult=0&maxResults=15", "/task/count",
          "/filter/" + myWork.getId() + "/list?firstResult=0&maxResults=15", "/filter/" + myWork.getId() + "/count")) {
        ResponseEntity<String> answer = client.post(path, body);
        assertThat(answer.getStatusCode().value()).as(user + " POST " + path + ": " + answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Expressions are not allowed in a query's or-part");
      }
    }
  }

  @Test
  void theSavedFiltersWithTheirOwnExpressionsStillList() {
    Filter myWork = engine.getFilterService().createFilterQuery().filterName("My work").singleResult();
    ResponseEntity<String> list = RestClient.as(rest, "cora").post("/filter/" + myWork.getId() + "/list?firstResult=0&maxResults=15",
        Map.of());
    assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
    // an or-query without expressions is still a caller's right
    ResponseEntity<String> plain = RestClient.as(rest, "cora").post("/task?firstResult=0&maxResults=15",
        Map.of("orQueries", List.of(Map.of("candidateGroup", "commissioners"), Map.of("assignee", "cora"))));
    assertThat(plain.getStatusCode().value()).as(plain.getBody()).isEqualTo(200);
  }
}
