package org.withme.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Calls WithMe's REST API over HTTP as a given user, the way the Modeler or a script would. */
public final class RestClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final Map<String, String> headers;

  private RestClient(TestRestTemplate rest, String user, String password) {
    this.baseUrl = rest.getRootUri() + "/engine-rest";
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.headers = Map.of();
  }

  private RestClient(RestClient base, Map<String, String> headers) {
    this.baseUrl = base.baseUrl;
    this.authorization = base.authorization;
    this.headers = headers;
  }

  /** The same caller, sending one more header on every request (e.g. a process operator's reason). */
  public RestClient withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new RestClient(this, more);
  }

  public static RestClient as(TestRestTemplate rest, String user, String password) {
    return new RestClient(rest, user, password);
  }

  /** A demo user, whose password is their id. */
  public static RestClient as(TestRestTemplate rest, String demoUser) {
    return new RestClient(rest, demoUser, demoUser);
  }

  public static RestClient anonymous(TestRestTemplate rest) {
    return new RestClient(rest, null, null);
  }

  public ResponseEntity<String> get(String path) {
    return send(request(path).GET());
  }

  public ResponseEntity<String> post(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public ResponseEntity<String> put(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public ResponseEntity<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** A task completion or form submission body: {@code {"variables": {name: {"value": v}}}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> vars = new LinkedHashMap<>();
    values.forEach((k, v) -> vars.put(k, Map.of("value", v)));
    return Map.of("variables", vars);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private static ResponseEntity<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return ResponseEntity.status(HttpStatusCode.valueOf(response.statusCode())).body(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
