package org.withme.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A list filled in the Tasklist could not be submitted when the task declares it as an empty
 * local variable (an input parameter without a value: "Record the panel", "Register the bids",
 * "Record the interviews" keep their list on the task alone). The Tasklist sends a list or object
 * with the type of the variable it read, here {@code Null}, and the REST API refuses "Cannot
 * convert value '[…]' of type 'Null'". A {@code Null} variable never has a value, so a submitted
 * {@code Null} whose value is JSON text of a list or object is what the Tasklist does for JSON: this
 * filter sends it on as {@code Json}. Nothing else in the body changes; the engine, the submission
 * guard and the form's checks see the list as they do from any other client.
 */
@Configuration
public class SubmittedListTypeFilter {

  /** Task completion and start forms, on {@code /engine-rest} and the webapps' {@code /camunda/api/engine}. */
  static final Pattern SUBMISSION = Pattern.compile(".*/(task|process-definition)/.+/(submit-form|complete|start)/?$");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> submittedListType() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("withme-submitted-list-type");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  /** The body with each {@code Null}-typed variable whose value is a JSON list or object typed {@code Json}, or null if none is. */
  static byte[] retyped(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (!(node instanceof ObjectNode object) || !(object.get("variables") instanceof ObjectNode variables)) {
        return null;
      }
      boolean changed = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        JsonNode variable = it.next().getValue();
        if (variable instanceof ObjectNode v && "Null".equals(v.path("type").asText(null)) && v.path("value").isTextual()
            && isListOrObject(v.get("value").asText())) {
          v.put("type", "Json");
          v.remove("valueInfo");
          changed = true;
        }
      }
      return changed ? JSON.writeValueAsBytes(object) : null;
    } catch (IOException notJson) {
      return null; // left to the REST API, which answers 400 for a body it cannot read
    }
  }

  private static boolean isListOrObject(String text) {
    try {
      JsonNode value = JSON.readTree(text);
      return value != null && (value.isArray() || value.isObject());
    } catch (IOException e) {
      return false;
    }
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String contentType = request.getContentType();
      return !"POST".equals(request.getMethod()) || contentType == null || !contentType.contains("json")
          || !SUBMISSION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      byte[] retyped = retyped(body);
      chain.doFilter(new org.withme.api.RequestWithBody(request, retyped == null ? body : retyped), response);
    }
  }
}
