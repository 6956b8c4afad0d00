package org.withme.notification;

import java.net.URI;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people open WithMe at, for links in mails and reports: {@code withme.base-url}
 * (WITHME_BASE_URL) when set — behind a proxy, the public HTTPS address — otherwise
 * http://localhost on the port the app actually listens on. Checked at start: a configured
 * localhost address on another port than the app's is logged as a warning, as its links would not work.
 */
@Component
public class BaseUrl implements Supplier<String> {

  private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

  private final String configured;
  private volatile String url;

  public BaseUrl(@Value("${withme.base-url:}") String configured) {
    this.configured = configured == null || configured.isBlank() ? null : strip(configured.trim());
    this.url = this.configured != null ? this.configured : "http://localhost:8080";
  }

  @EventListener
  public void started(WebServerInitializedEvent event) {
    int port = event.getWebServer().getPort();
    if (configured == null) {
      url = "http://localhost:" + port;
      return;
    }
    URI uri = URI.create(configured);
    if ("localhost".equals(uri.getHost()) && uri.getPort() != -1 && uri.getPort() != port) {
      log.warn("withme.base-url is {} but WithMe listens on port {}: links in mails will not open. Set WITHME_BASE_URL.",
          configured, port);
    }
  }

  @Override
  public String get() {
    return url;
  }

  private static String strip(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
