package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.withme.support.WithMeTest;

/**
 * Deploying the way Camunda Modeler does: a multipart POST to /engine-rest/deployment/create with
 * HTTP Basic. Process owners may; everybody else is refused.
 */
@WithMeTest
class ModelerDeploymentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  private ResponseEntity<String> deploy(TestRestTemplate client, String testModel) {
    return deploy(client, testModel, true);
  }

  /** The model, with the test form it shows when {@code withForm} (the Modeler's "additional files"). */
  private ResponseEntity<String> deploy(TestRestTemplate client, String testModel, boolean withForm) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", testModel);
    body.add("deployment-source", "Camunda Modeler");
    body.add("deploy-changed-only", "true");
    body.add(testModel, new ClassPathResource("policy/" + testModel));
    if (withForm) {
      body.add("test-form.form", new ClassPathResource("policy/test-form.form"));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void aProcessOwnerDeploysFromTheModeler() throws Exception {
    ResponseEntity<String> response = deploy(rest.withBasicAuth("owen", "owen"), "deployed-by-process-owner.bpmn");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode deployment = JSON.readTree(response.getBody());
    assertThat(deployment.path("deployedProcessDefinitions").toString()).contains("policy-deployed-by-process-owner");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(deployment.path("id").asText()).processDefinitionKey("policy-deployed-by-process-owner").count())
        .isEqualTo(1);
    engine.getRepositoryService().deleteDeployment(deployment.path("id").asText(), true);
  }

  @Test
  void aCommissionerIsRefusedWith403() {
    long before = engine.getRepositoryService().createDeploymentQuery().count();

    ResponseEntity<String> response = deploy(rest.withBasicAuth("cora", "cora"), "deployed-by-process-owner.bpmn");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("CREATE").contains("Deployment");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void aYoungPanellistIsRefusedWith403AndAStrangerWith401() {
    assertThat(deploy(rest.withBasicAuth("yasmin", "yasmin"), "deployed-by-process-owner.bpmn").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy(rest, "deployed-by-process-owner.bpmn").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aModelDeployedWithoutItsFormIsRefusedWith400() {
    ResponseEntity<String> response = deploy(rest.withBasicAuth("owen", "owen"), "deployed-by-process-owner.bpmn", false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("shows the form 'test-form' bound to its deployment");
  }

  @Test
  void aModelBreakingThePolicyIsRefusedWith400NamingTheElement() {
    ResponseEntity<String> response = deploy(rest.withBasicAuth("owen", "owen"), "tender-award-without-gate.bpmn");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Deployment refused by WithMe's deployment policy")
        .contains("tender-evaluation").contains("(AwardContract) can be reached without");
    System.out.println("Modeler sees: " + response.getBody());
  }
}
