package org.withme.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a JSON body sent to the engine's API before the API reads it, and refuses with 400 naming
 * the value:
 * <ul>
 *   <li>a body that gives the same name twice. Jackson, as the REST API uses it, keeps the last of
 *       the two, so a checker that read the first (a proxy, a log, a person) would see another
 *       submission than the one stored: e.g. {@code {"variables": {"score": {"value": "x"}, "score":
 *       {"value": 5}}}} or two {@code variables};</li>
 *   <li>a variable whose {@code type} the API cannot use, or whose value is not of that type
 *       ({@code {"type": "Integer", "value": "abc"}}, an unknown type name, a date in another
 *       format). The API would refuse them too, but its message does not say which variable it was.</li>
 * </ul>
 * Other bodies pass unchanged; the API itself answers for JSON that cannot be read.
 */
@Configuration(proxyBeanMethods = false)
public class JsonBodyFilter {

  private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

  @Bean
  FilterRegistrationBean<Filter> jsonBodies() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("withme-json-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the REST API's authentication (HIGHEST_PRECEDENCE + 20): strangers get 401, not a body check
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }

  /** The name a JSON body gives twice, or null (also for a body that is not JSON: the API answers for it). */
  static String duplicate(byte[] body) {
    try (JsonParser parser = STRICT.createParser(body)) {
      while (parser.nextToken() != null) {
        // reading every token is the check
      }
      return null;
    } catch (JsonParseException e) {
      Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The API's value types (its names, first letter in either case). */
  static final java.util.Set<String> TYPES = java.util.Set.of("string", "integer", "short", "long", "double", "boolean",
      "date", "json", "xml", "object", "bytes", "file", "null", "number");
  private static final java.text.SimpleDateFormat API_DATE = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** The first variable of the body's {@code variables} or {@code modifications} (or the body itself, for one variable) that the API cannot use as typed. */
  static String typeProblem(byte[] body) {
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return null; // the API answers for JSON it cannot read
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    if (root.has("type") && root.has("value") && !root.has("variables")) {
      return typeProblem("the variable", root); // PUT .../variables/{name}
    }
    for (String container : java.util.List.of("variables", "modifications")) {
      com.fasterxml.jackson.databind.JsonNode vars = root.path(container);
      for (var it = vars.fields(); vars.isObject() && it.hasNext(); ) {
        var e = it.next();
        String p = e.getValue().isObject() ? typeProblem(quote(e.getKey()), e.getValue()) : null;
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static String typeProblem(String name, com.fasterxml.jackson.databind.JsonNode variable) {
    com.fasterxml.jackson.databind.JsonNode type = variable.get("type");
    if (type == null || type.isNull()) {
      return null;
    }
    if (!type.isTextual() || !TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT))) {
      return "The value of " + name + " has a type the API does not know ("
          + (type.isTextual() ? quote(type.asText()) : "not a name") + "). Nothing was changed.";
    }
    com.fasterxml.jackson.databind.JsonNode value = variable.path("value");
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    String t = type.asText().toLowerCase(java.util.Locale.ROOT);
    boolean ok = switch (t) {
      case "integer", "short", "long" -> integral(value, t);
      case "double", "number" -> value.isNumber() || value.isTextual() && isDouble(value.asText());
      case "boolean" -> value.isBoolean() || value.isTextual() && value.asText().matches("true|false");
      case "date" -> value.isTextual() && isApiDate(value.asText());
      default -> true;
    };
    return ok ? null : "The value of " + name + " is not " + switch (t) {
      case "integer", "short", "long" -> "a whole number the type '" + type.asText() + "' can hold";
      case "double", "number" -> "a number";
      case "boolean" -> "true or false";
      default -> "a date and time such as 2027-01-16T00:00:00.000+0000";
    } + ". Nothing was changed.";
  }

  private static boolean integral(com.fasterxml.jackson.databind.JsonNode value, String type) {
    java.math.BigInteger n;
    try {
      n = value.isIntegralNumber() ? value.bigIntegerValue()
          : value.isTextual() && value.asText().matches("-?\\d{1,30}") ? new java.math.BigInteger(value.asText()) : null;
    } catch (NumberFormatException e) {
      return false;
    }
    if (n == null) {
      return false;
    }
    long min = "short".equals(type) ? Short.MIN_VALUE : "integer".equals(type) ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = "short".equals(type) ? Short.MAX_VALUE : "integer".equals(type) ? Integer.MAX_VALUE : Long.MAX_VALUE;
    return n.compareTo(java.math.BigInteger.valueOf(min)) >= 0 && n.compareTo(java.math.BigInteger.valueOf(max)) <= 0;
  }

  private static boolean isDouble(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isApiDate(String text) {
    java.text.SimpleDateFormat format = (java.text.SimpleDateFormat) API_DATE.clone();
    format.setLenient(false);
    java.text.ParsePosition position = new java.text.ParsePosition(0);
    return format.parse(text, position) != null && position.getIndex() == text.length();
  }

  /** A name for a message: quoted, without control characters, at most 60 characters. */
  static String quote(String name) {
    String s = name.length() > 60 ? name.substring(0, 60) + "..." : name;
    return "'" + s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", "?") + "'";
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String type = request.getContentType();
      return type == null || !type.toLowerCase().contains("json")
          || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()) || "PATCH".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      String name = duplicate(body);
      String problem = name != null ? "The request body gives " + quote(name)
          + " more than once: each value may be given only once. Nothing was changed." : typeProblem(body);
      if (problem != null) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "InvalidRequestException");
        node.put("message", problem);
        node.putNull("code");
        response.setStatus(400);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(node));
        return;
      }
      chain.doFilter(new RequestWithBody(request, body), response);
    }
  }
}
