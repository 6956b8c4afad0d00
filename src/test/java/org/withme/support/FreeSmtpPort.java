package org.withme.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives the embedded SMTP server of each test context a free port of its own. */
public class FreeSmtpPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    int port = freePort();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("withme-test-smtp",
        Map.of("withme.mail.embedded-smtp.port", port, "spring.mail.port", port)));
  }
}
