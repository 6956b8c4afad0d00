package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.withme.support.Programmes;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

/** Procurement starts a tender on its own with the start form; nobody else may; bad start input is refused. */
@WithMeTest
class TenderStartRestTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  @Test
  void procurementStartsATenderAndOthersCannot() {
    String programme = Programmes.newReference();
    Map<String, Object> form = RestClient.variables(TenderRun.startForm(programme, "PCR2015", false));

    ResponseEntity<String> pat = RestClient.as(rest, "pat").post("/process-definition/key/tender-evaluation/submit-form", form);
    assertThat(pat.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> priya = RestClient.as(rest, "priya").post("/process-definition/key/tender-evaluation/submit-form", form);
    assertThat(priya.getStatusCode()).as(priya.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(programme + "-T1").count())
        .isOne();
  }

  @Test
  void itsHistoryIsKeptAtLeastThreeYears() {
    Integer ttl = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("tender-evaluation")
        .latestVersion().singleResult().getHistoryTimeToLive();
    assertThat(ttl).isGreaterThanOrEqualTo(1095);
  }

  @Test
  void anUnknownRegimeIsRefusedNamingTheField() {
    Map<String, Object> values = TenderRun.startForm(Programmes.newReference(), "EU2014", false);
    ResponseEntity<String> response = RestClient.as(rest, "priya")
        .post("/process-definition/key/tender-evaluation/submit-form", RestClient.variables(values));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("(procurementRegime)");
  }
}
