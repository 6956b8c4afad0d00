package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.withme.support.RestClient;
import org.withme.support.WithMeTest;

@WithMeTest
class RestApiAuthenticationTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void withoutCredentialsTheApiAnswers401() {
    assertThat(RestClient.anonymous(rest).get("/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.anonymous(rest).get("/process-definition?maxResults=10").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void withAWrongPasswordTheApiAnswers401() {
    // a user of its own: a failed login delays that user's next logins for a few seconds
    if (engine.getIdentityService().createUserQuery().userId("wrong-password-probe").count() == 0) {
      var probe = engine.getIdentityService().newUser("wrong-password-probe");
      probe.setPassword("the-right-password");
      engine.getIdentityService().saveUser(probe);
    }
    assertThat(RestClient.as(rest, "wrong-password-probe", "a-wrong-password").get("/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.as(rest, "nobody-of-that-name", "whatever").get("/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDemoUserSeesOnlyWhatTheirGroupMaySee() {
    var cora = RestClient.as(rest, "cora").get("/process-definition?maxResults=50");
    assertThat(cora.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cora.getBody()).contains("\"key\":\"commissioning-cycle\"");

    var yasmin = RestClient.as(rest, "yasmin").get("/process-definition?maxResults=50");
    assertThat(yasmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    // young panellists read only the definition of the tender they score in
    assertThat(yasmin.getBody()).contains("\"key\":\"tender-evaluation\"").doesNotContain("commissioning-cycle");

    var yasminUsers = RestClient.as(rest, "yasmin").get("/user?maxResults=50");
    assertThat(yasminUsers.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(yasminUsers.getBody()).contains("\"id\":\"yasmin\"").doesNotContain("cora");
  }

  @Test
  void unboundedQueriesAreRefused() {
    var response = RestClient.as(rest, "cora").get("/process-definition");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("unbound number of results");
  }

  @Test
  void healthReportsDatabaseAndMailAndNothingElseIsExposed() {
    var health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"db\":{\"status\":\"UP\"}").contains("\"mail\":{\"status\":\"UP\"}");
    assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/actuator/beans", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
