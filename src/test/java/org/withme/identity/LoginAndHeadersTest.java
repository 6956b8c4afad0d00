package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.withme.support.WithMeTest;

/**
 * Wrong passwords slow down the client that sends them, never the account: nobody can lock a
 * colleague or a young person out. Behind TLS (forwarded headers) WithMe sends HSTS and a Secure
 * session cookie; its own responses carry nosniff and a content security policy.
 */
@WithMeTest
class LoginAndHeadersTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired LoginThrottle throttle;

  @AfterEach
  void forget() {
    throttle.reset();
  }

  private HttpResponse<String> restCall(String client, String user, String password) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/engine-rest/task?maxResults=1"))
        .header("X-Forwarded-For", client)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The webapps' login form, as the browser sends it: with the CSRF cookie and header it was given. */
  private HttpResponse<String> formLogin(String client, String user, String password) throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/camunda/app/tasklist/"))
        .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
    List<String> cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
    return HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("X-Forwarded-For", client).header("X-Forwarded-Proto", "https")
        .header("Cookie", String.join("; ", cookies)).header("X-XSRF-TOKEN", xsrf)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aStrangerSendingWrongPasswordsIsSlowedAndTheAccountStaysOpen() throws Exception {
    String stranger = "203.0.113.7";
    for (int i = 0; i < 10; i++) {
      assertThat(restCall(stranger, "kai", "guess-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> slowed = restCall(stranger, "kai", "kai");
    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
    assertThat(slowed.body()).contains("Your account is not locked").doesNotContain("org.");
    assertThat(formLogin(stranger, "kai", "kai").statusCode()).isEqualTo(429);

    // kai, from their own device, signs in at once, over REST and in the webapps
    assertThat(restCall("198.51.100.20", "kai", "kai").statusCode()).isEqualTo(200);
    assertThat(formLogin("198.51.100.20", "kai", "kai").statusCode()).isEqualTo(200);
    assertThat(engine.getIdentityService().checkPassword("kai", "kai")).isTrue();
  }

  @Test
  void tenWrongPasswordsDoNotLockTheEngineAccount() throws Exception {
    for (int i = 0; i < 12; i++) {
      restCall("192.0.2." + i, "pat", "wrong");
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("pat").singleResult()).isNotNull();
    assertThat(restCall("192.0.2.200", "pat", "pat").statusCode()).isEqualTo(200);
  }

  @Test
  void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> login = formLogin("198.51.100.30", "cora", "cora");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure")
        .contains("HttpOnly"));

    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/actuator/health"))
        .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeaders.HSTS);
    assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(health.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);

    HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/actuator/health"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(restCall("198.51.100.31", "cora", "cora").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
