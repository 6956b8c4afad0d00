package org.withme.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Add Comment" on a running task, for the people who may read the task. The REST API first looks
 * the task up in the history ({@code HistoricTaskInstanceQuery}), which needs READ_HISTORY on the
 * process definition; WithMe grants that to nobody who does tasks (history holds every variable),
 * so the REST API answered "No task found for task id" to everyone but admins. This filter answers
 * {@code POST .../task/{id}/comment/create} and {@code GET .../task/{id}/comment} itself for a
 * running task that the caller may read (the engine's own task query, with the caller's
 * authorizations), and leaves every other case (finished tasks, no caller) to the REST API.
 *
 * <p>On {@code /engine-rest} it runs after the REST API's authentication filter, which sets the
 * caller on the engine's identity service. On the webapps' route it runs before the webapps' own
 * filters, so it takes the caller from the Tasklist's session and requires the session's CSRF
 * token, as the webapps' CSRF filter does; without either, the request goes on to the webapps.
 */
@Configuration
public class TaskCommentFilter {

  static final Pattern COMMENTS = Pattern.compile(".*/task/([^/]+)/comment(/create)?/?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskComments(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("withme-task-comments");
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectProvider<ProcessEngine> engines;
    private final ObjectMapper json = new ObjectMapper();

    Filter(ObjectProvider<ProcessEngine> engines) {
      this.engines = engines;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !COMMENTS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher m = COMMENTS.matcher(request.getRequestURI());
      m.matches();
      String taskId = m.group(1);
      boolean create = m.group(2) != null;
      ProcessEngine engine = engines.getObject();
      if (create != "POST".equals(request.getMethod()) || (!create && !"GET".equals(request.getMethod()))) {
        chain.doFilter(request, response);
        return;
      }
      IdentityService identity = engine.getIdentityService();
      boolean fromSession = false;
      if (identity.getCurrentAuthentication() == null) {
        UserAuthentication user = webappUser(request, engine.getName(), create);
        if (user != null) {
          identity.setAuthentication(user.getIdentityId(), new ArrayList<>(user.getGroupIds()),
              user.getTenantIds() == null ? null : new ArrayList<>(user.getTenantIds()));
          fromSession = true;
        }
      }
      try {
        if (identity.getCurrentAuthentication() == null) {
          chain.doFilter(request, response); // nobody signed in: the REST API answers
        } else {
          handle(engine, taskId, create, request, response, chain);
        }
      } finally {
        if (fromSession) {
          identity.clearAuthentication();
        }
      }
    }

    /**
     * The Tasklist's signed-in user, for the webapps' route, which this filter sees before the
     * webapps' own filters: the session's authentication for this engine, and for a POST the
     * session's CSRF token in the request's header. Otherwise null, and the webapps' filters answer.
     */
    private static UserAuthentication webappUser(HttpServletRequest request, String engineName, boolean post) {
      if (!request.getRequestURI().contains("/camunda/api/engine/engine/" + engineName + "/task/")) {
        return null;
      }
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Object user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
      if (!(user instanceof UserAuthentication authenticated)) {
        return null;
      }
      if (post) {
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        if (token == null || header == null || !java.security.MessageDigest.isEqual(
            token.toString().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
          return null;
        }
      }
      return authenticated;
    }

    private void handle(ProcessEngine engine, String taskId, boolean create, HttpServletRequest request,
        HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult(); // with the caller's rights
      if (task == null) {
        chain.doFilter(request, response); // finished, unknown or not the caller's: the REST API answers
        return;
      }
      if (!create) {
        List<Map<String, Object>> comments = engine.getTaskService().getTaskComments(taskId).stream().map(this::dto).toList();
        write(response, 200, comments);
        return;
      }
      JsonNode body = json.readTree(request.getInputStream());
      JsonNode message = body == null ? null : body.get("message");
      if (message == null || message.isNull() || message.asText().isBlank()) {
        write(response, 400, Map.of("type", "InvalidRequestException", "message", "A comment needs a message."));
        return;
      }
      Comment comment = engine.getTaskService().createComment(taskId, task.getProcessInstanceId(), message.asText());
      write(response, 200, dto(comment));
    }

    private Map<String, Object> dto(Comment c) {
      SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
      Map<String, Object> dto = new LinkedHashMap<>();
      dto.put("id", c.getId());
      dto.put("userId", c.getUserId());
      dto.put("time", c.getTime() == null ? null : format.format(c.getTime()));
      dto.put("taskId", c.getTaskId());
      dto.put("processInstanceId", c.getProcessInstanceId());
      dto.put("message", c.getFullMessage());
      dto.put("removalTime", c.getRemovalTime() == null ? null : format.format(c.getRemovalTime()));
      dto.put("rootProcessInstanceId", c.getRootProcessInstanceId());
      return dto;
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), body);
    }
  }
}
