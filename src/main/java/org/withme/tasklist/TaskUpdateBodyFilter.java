package org.withme.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Set due date" and "Set follow-up date" in the Tasklist send back the task they read, as
 * {@code PUT /task/{id}}. The 7.24 REST API returns {@code camundaFormRef} on a task with a
 * Camunda Form but cannot read it back (Jackson cannot construct the CamundaFormRef interface), so
 * the update failed on every formRef task. The form reference is set by the model and is not
 * changeable through the task anyway: this filter drops the property from the body before the
 * REST resource reads it, making it read-only on input. Everything else, including the engine's
 * authorization check on the update, is unchanged.
 */
@Configuration
public class TaskUpdateBodyFilter {

  /** {@code /engine-rest/task/{id}} and the webapps' {@code /camunda/api/engine/engine/{engine}/task/{id}}. */
  static final Pattern TASK_UPDATE = Pattern.compile(".*/task/[^/]+/?$");
  static final String READ_ONLY_PROPERTY = "camundaFormRef";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskUpdateBody() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("withme-task-update-body");
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String contentType = request.getContentType();
      return !"PUT".equals(request.getMethod()) || contentType == null || !contentType.contains("json")
          || !TASK_UPDATE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      byte[] filtered = body;
      try {
        JsonNode node = JSON.readTree(body);
        if (node instanceof ObjectNode object && object.has(READ_ONLY_PROPERTY)) {
          object.remove(READ_ONLY_PROPERTY);
          filtered = JSON.writeValueAsBytes(object);
        }
      } catch (IOException notJson) {
        // left to the REST API, which answers 400 for a body it cannot read
      }
      chain.doFilter(new org.withme.api.RequestWithBody(request, filtered), response);
    }
  }
}
