package org.withme.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wrong passwords slow down the client that sends them, not the account they name: after
 * {@code max-failures} failed logins from one client address within {@code window}, that client
 * gets 429 (with Retry-After) on the login routes until the window has passed. The engine's own
 * per-account lock and delay are switched off (application.yaml), so a stranger cannot lock a
 * young person or a colleague out, and the right password from another client always works.
 * Covers the webapps' login form and HTTP Basic on the REST API and WithMe's own endpoints. Behind a proxy the client
 * address comes from its forwarded headers (server.forward-headers-strategy).
 */
public class LoginThrottle extends OncePerRequestFilter {

  /**
   * @param maxFailures wrong passwords from one client address within {@code window} before it is slowed
   * @param window how long a wrong password counts
   * @param exemptAddresses client addresses never slowed (none by default; the test suite exempts its
   *     own loopback address so that one test's wrong passwords do not slow the next)
   */
  @ConfigurationProperties("withme.login")
  public record Properties(@DefaultValue("10") int maxFailures, @DefaultValue("PT5M") Duration window,
      @DefaultValue({}) java.util.List<String> exemptAddresses) {}

  private final Properties properties;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Properties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isLogin(request);
  }

  static boolean isLogin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean form = "POST".equals(request.getMethod()) && path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    boolean basic = (path.startsWith("/engine-rest/") || path.startsWith("/withme/")) && request.getHeader("Authorization") != null;
    return form || basic;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    if (properties.exemptAddresses().contains(client)) {
      chain.doFilter(request, response);
      return;
    }
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    long retryAfter;
    synchronized (recent) {
      prune(recent, now);
      retryAfter = recent.size() >= properties.maxFailures()
          ? Math.max(1, Duration.between(now, recent.peekFirst().plus(properties.window())).toSeconds()) : 0;
    }
    if (retryAfter > 0) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(retryAfter));
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"TooManyLoginAttempts\",\"message\":\"Too many wrong passwords from this"
          + " device. Wait " + retryAfter + " seconds, then try again. Your account is not locked.\"}");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      synchronized (recent) {
        recent.addLast(now);
      }
    }
  }

  private void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(properties.window()).isAfter(now)) {
      recent.removeFirst();
    }
  }

  /** Forgets every client's failures (tests, and an administrator after an incident). */
  public void reset() {
    failures.clear();
  }
}
