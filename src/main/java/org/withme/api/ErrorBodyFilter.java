package org.withme.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * No error answer of the engine's REST API (and the webapps' engine API) shows how WithMe is
 * built: an answer of 400 or more whose body names a Java class, holds SQL or a stack trace, and
 * every 5xx, is rewritten into Camunda's error format, {@code {"type": "...", "message": "..."}},
 * with a plain message; the original is logged with a reference quoted in the message. A body
 * that is not JSON answers 400 "The request body is not valid JSON"; an id that names nothing
 * answers 404; a value the engine could not use answers 400. Camunda's own plain 4xx messages,
 * and WithMe's refusals (a form not accepted, a step refused), pass unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorBodyFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorBodyFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A fully qualified Java class name. */
  static final Pattern CLASS_NAME = Pattern.compile("\\b(?:org|java|javax|jakarta|com|net|io|sun|jdk)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+");
  /** A Java exception's own name, a stack frame, an object's identity, a parser's source note. */
  static final Pattern JAVA = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\n\\s*at \\S+\\(|Caused by:|\\[Source:"
      + "|\\[B@|@[0-9a-f]{6,}\\b|\\bnull\\b(?= *(?:$|[:;,.)]))|\\b(?:java|jakarta)\\.");
  /** SQL or the database's words ("column 119" of a model's parse error is a place in the file, not SQL). */
  static final Pattern SQL = Pattern.compile("(?i)\\b(?:select|insert|update|delete)\\b[^;]{0,300}?\\b(?:from|into|set|where)\\b"
      + "|SQLSTATE|SQL state|\\bSQL\\b|JDBC|\\bACT_[A-Z]{2}_|\\bwm_[a-z_]+\\b|\\bH2\\b|PSQL|constraint|\\bcolumn\\b(?! \\d)|\\btable\\b");
  /** A NullPointerException's own message: a value the code needed was missing (e.g. a body of {@code null}). */
  static final Pattern NULL_BODY = Pattern.compile("Cannot invoke \"[^\"]*\"|because \"[^\"]*\" is null|because the return value of");
  /** An id that names nothing. */
  static final Pattern NOT_FOUND = Pattern.compile("(?i)is null|not found|cannot find|does not exist|no (?:deployed )?\\S+ (?:definition )?found|doesn't exist|unknown (?:task|process|execution)");
  /** A value the engine could not read or store. */
  static final Pattern BAD_VALUE = Pattern.compile("(?i)convert|deseriali|seriali|pars|format|too long|out of range|numeric|invalid|cannot be cast|for input string|not a valid|illegal|unsupported|malformed|unexpected|value");
  /** Exceptions Camunda's REST API names in "type" when a request body could not be read as JSON. */
  static final Set<String> JSON_TYPES = Set.of("JsonParseException", "JsonEOFException", "JsonMappingException",
      "MismatchedInputException", "InvalidFormatException", "UnrecognizedPropertyException", "InvalidDefinitionException",
      "InvalidTypeIdException", "StreamReadException", "DatabindException", "ValueInstantiationException");

  @Bean
  FilterRegistrationBean<Filter> errorBodies() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("withme-error-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // outermost of WithMe's filters on these paths: it sees what every other one answered
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** The answer to give instead, or null to keep the original. */
  record Rewrite(int status, String type, String message) {}

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
      } catch (IOException | ServletException | RuntimeException e) {
        String reference = reference();
        LOG.error("{} {} failed [{}]", request.getMethod(), request.getRequestURI(), reference, e);
        if (response.isCommitted()) {
          throw e;
        }
        wrapper.resetBuffer();
        write(wrapper, new Rewrite(500, "RestException", "Something went wrong on the server and nothing was changed."
            + " It has been logged (reference " + reference + ")."));
        wrapper.copyBodyToResponse();
        return;
      }
      int status = wrapper.getStatus();
      if (status >= 400) {
        String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        Rewrite rewrite = rewrite(status, body, request.getMethod());
        if (rewrite != null) {
          String reference = reference();
          LOG.warn("{} {} answered {} [{}]: {}", request.getMethod(), request.getRequestURI(), status, reference,
              body.length() > 4000 ? body.substring(0, 4000) + "..." : body);
          wrapper.resetBuffer();
          write(wrapper, rewrite.status() >= 500 ? new Rewrite(rewrite.status(), rewrite.type(),
              rewrite.message() + " It has been logged (reference " + reference + ").") : rewrite);
        }
      }
      wrapper.copyBodyToResponse();
    }

    private static void write(ContentCachingResponseWrapper response, Rewrite rewrite) throws IOException {
      ObjectNode node = JSON.createObjectNode();
      node.put("type", rewrite.type());
      node.put("message", rewrite.message());
      node.putNull("code");
      response.setStatus(rewrite.status());
      response.setContentType("application/json;charset=UTF-8");
      response.setCharacterEncoding("UTF-8");
      byte[] bytes = JSON.writeValueAsBytes(node);
      response.getOutputStream().write(bytes);
    }

    private static String reference() {
      return UUID.randomUUID().toString().substring(0, 8);
    }
  }

  /** What to answer instead of an error body, or null when it is plain already. */
  static Rewrite rewrite(int status, String body, String method) {
    String type = null;
    String message = body;
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        type = node.path("type").asText(null);
        message = node.path("message").asText(null);
      }
    } catch (IOException notJson) {
      // an HTML or text body: judged as it is
    }
    if (message == null) {
      message = "";
    }
    // WithMe's own refusals are written in words from the forms and quote what was sent (which may read like SQL):
    // only a class name or a stack trace in them is a leak
    boolean refusal = message.contains(" was not accepted: ");
    boolean leaks = (refusal ? CLASS_NAME.matcher(message).find() || JAVA.matcher(message).find() : leaks(message))
        || type != null && CLASS_NAME.matcher(type).find();
    if (type != null && JSON_TYPES.contains(type) || message.contains("[Source:")
        || message.matches("(?s).*\\b(?:Unexpected character|Unexpected end-of-input|Unrecognized token|Cannot deserialize value|Unexpected close marker).*")) {
      return new Rewrite(400, "InvalidRequestException", isShapeProblem(type, message)
          ? "The request body does not have the shape this call takes: check the names and kinds of its values."
          : "The request body is not valid JSON.");
    }
    if (message.isBlank() && (status == 400 || status == 415)) {
      // the API refused a body it could not read (too deep, a number too long, not UTF-8) without a word
      return new Rewrite(status, "InvalidRequestException", status == 415
          ? "This call takes a JSON body (Content-Type: application/json). Nothing was changed."
          : "The request body could not be read: it is not valid JSON, or not the shape this call takes. Nothing was changed.");
    }
    if (NULL_BODY.matcher(message).find() && status >= 400) {
      // the API read a body of null, or none, where it needs one: not an id that names nothing
      boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
      return hasBody ? new Rewrite(400, "InvalidRequestException",
          "The request body is empty or null: this call takes a JSON object. Nothing was changed.") : new Rewrite(500,
          "RestException", "Something went wrong on the server and nothing was changed.");
    }
    if (status >= 500 && !leaks && message.contains(" was not accepted: ")) {
      // a form or a step refused (InvalidFormException) on a route that reports every engine error as 500
      return new Rewrite(400, "InvalidRequestException", message);
    }
    if (status < 500 && !leaks) {
      return null;
    }
    String plain = plainPart(message);
    if (NOT_FOUND.matcher(message).find() && !BAD_VALUE.matcher(message).find()) {
      return new Rewrite(404, "InvalidRequestException", plain != null ? plain
          : "Nothing was found with the id given.");
    }
    if (status < 500) {
      return new Rewrite(status, type == null || CLASS_NAME.matcher(type).find() ? "InvalidRequestException" : simple(type),
          plain != null ? plain + " (details were logged)." : "The request was not accepted.");
    }
    boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    if (hasBody && (BAD_VALUE.matcher(message).find() || type != null && type.matches(
        "ClassCastException|NumberFormatException|IllegalArgumentException|DateTimeParseException|ArithmeticException"
        + "|SpinJsonException|SpinJsonDataFormatException|SpinRuntimeException|ProcessEnginePersistenceException"))) {
      return new Rewrite(400, "InvalidRequestException", (plain != null ? plain + ": " : "")
          + "one of the values sent could not be used. Nothing was changed.");
    }
    return new Rewrite(500, "RestException", plain != null ? plain + ": something went wrong on the server and nothing was changed."
        : "Something went wrong on the server and nothing was changed.");
  }

  private static boolean isShapeProblem(String type, String message) {
    return "UnrecognizedPropertyException".equals(type) || "MismatchedInputException".equals(type)
        || "InvalidFormatException".equals(type) || message.contains("Cannot deserialize value");
  }

  /** Whether a message names a Java class, holds SQL or a stack trace. */
  static boolean leaks(String message) {
    return CLASS_NAME.matcher(message).find() || JAVA.matcher(message).find() || SQL.matcher(message).find();
  }

  /**
   * The plain start of a message, before the first technical part, e.g. "Cannot complete task
   * 42" of "Cannot complete task 42: java.lang.NumberFormatException: For input string", or null.
   */
  static String plainPart(String message) {
    int cut = message.length();
    for (Pattern p : new Pattern[] {CLASS_NAME, JAVA, SQL}) {
      Matcher m = p.matcher(message);
      if (m.find()) {
        cut = Math.min(cut, m.start());
      }
    }
    String head = message.substring(0, cut);
    int colon = cut < message.length() ? head.lastIndexOf(':') : -1;
    if (colon > 0) {
      head = head.substring(0, colon);
    }
    head = head.strip();
    while (head.endsWith(":") || head.endsWith(",") || head.endsWith(".") || head.endsWith("'")) {
      head = head.substring(0, head.length() - 1).strip();
    }
    return head.length() < 12 || head.length() > 600 ? null : head;
  }

  private static String simple(String type) {
    return type.matches("[A-Za-z]{1,60}") ? type : "InvalidRequestException";
  }
}
