package org.withme.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on WithMe's own responses (the REST API, the review reports, health): no content-type
 * sniffing, a content security policy that allows only WithMe's own resources, no framing, and,
 * when the request came over HTTPS (directly or through a proxy's forwarded headers), HSTS. The
 * Camunda webapps set their own (camunda.bpm.webapp.header-security in application.yaml).
 */
public class SecurityHeaders extends OncePerRequestFilter {

  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader("Content-Security-Policy", CSP);
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
