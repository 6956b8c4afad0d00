package org.withme.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One attacker: a demo user (or nobody) calling the engine API the way a client would — over the
 * REST API with HTTP Basic, or, like the Tasklist and Cockpit, through the webapps' engine API with
 * a session from the login form and its CSRF token.
 */
final class Caller {

  enum Channel { REST, WEBAPP }

  record Response(int status, String body) {}

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  final String user;
  final Channel channel;
  private final String root;
  private final String basic;
  private String cookies;
  private String xsrf;

  private Caller(String root, String user, Channel channel) {
    this.root = root;
    this.user = user;
    this.channel = channel;
    this.basic = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  static Caller rest(String root, String user) {
    return new Caller(root, user, Channel.REST);
  }

  /** Signs in through the webapps' login form, as the browser does. */
  static Caller webapp(String root, String user) throws Exception {
    Caller c = new Caller(root, user, Channel.WEBAPP);
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> given = page.headers().allValues("Set-Cookie").stream().map(s -> s.split(";", 2)[0]).toList();
    c.xsrf = given.stream().filter(s -> s.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
    c.cookies = String.join("; ", given);
    HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(
            URI.create(root + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Cookie", c.cookies).header("X-XSRF-TOKEN", c.xsrf)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200 && login.statusCode() != 401) {
      throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
    }
    List<String> session = login.headers().allValues("Set-Cookie").stream().map(s -> s.split(";", 2)[0]).toList();
    if (!session.isEmpty()) {
      c.cookies = String.join("; ", session.stream().anyMatch(s -> s.startsWith("XSRF-TOKEN=")) ? session
          : java.util.stream.Stream.concat(session.stream(), given.stream().filter(s -> s.startsWith("XSRF-TOKEN="))).toList());
      session.stream().filter(s -> s.startsWith("XSRF-TOKEN=")).findFirst().ifPresent(s -> c.xsrf = s.substring(11));
    }
    // the login starts a new session, and the CSRF token of the old one is refused (403) on every POST, PUT
    // and DELETE: ask the new session for its token, as the Tasklist does on its next page load
    HttpResponse<String> fresh = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/camunda/app/tasklist/"))
        .header("Cookie", c.cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
    fresh.headers().allValues("Set-Cookie").stream().map(s -> s.split(";", 2)[0]).filter(s -> s.startsWith("XSRF-TOKEN="))
        .findFirst().ifPresent(token -> {
          c.xsrf = token.substring(11);
          c.cookies = java.util.Arrays.stream(c.cookies.split("; ")).filter(s -> !s.startsWith("XSRF-TOKEN="))
              .collect(java.util.stream.Collectors.joining("; ")) + "; " + token;
        });
    Response check = c.send("POST", "/task/count", java.util.Map.of());
    if (login.statusCode() == 200 && check.status() != 200) {
      throw new IllegalStateException("the webapp session of " + user + " cannot send a POST: " + check.status() + " " + check.body());
    }
    return c;
  }

  String name() {
    return (user == null ? "anonymous" : user) + (channel == Channel.WEBAPP ? " (webapp)" : "");
  }

  /** Sends one engine API call; {@code path} is relative to the engine API, e.g. "/task/1/claim". */
  Response send(String method, String path, Object body) {
    String base = path.startsWith("/withme/") ? root
        : channel == Channel.REST ? root + "/engine-rest" : root + "/camunda/api/engine/engine/default";
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
      if (channel == Channel.REST && basic != null) {
        b.header("Authorization", basic);
      }
      if (channel == Channel.WEBAPP) {
        b.header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf);
      }
      String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest.BodyPublisher publisher = json == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(json);
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, publisher);
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Response(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends exactly these bytes with this content type (none when null), e.g. a body that is not valid JSON. */
  Response sendRaw(String method, String path, String contentType, byte[] body) {
    String base = channel == Channel.REST ? root + "/engine-rest" : root + "/camunda/api/engine/engine/default";
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
      if (channel == Channel.REST && basic != null) {
        b.header("Authorization", basic);
      }
      if (channel == Channel.WEBAPP) {
        b.header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf);
      }
      if (contentType != null) {
        b.header("Content-Type", contentType);
      }
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Response(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
