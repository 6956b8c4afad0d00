package org.withme.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Mail settings of WithMe itself; the SMTP connection is Spring's {@code spring.mail.*}. */
@ConfigurationProperties("withme.mail")
public record MailProperties(@DefaultValue("withme@localhost") String from, EmbeddedSmtp embeddedSmtp) {

  /** The SMTP server inside the embedded demo run. */
  public record EmbeddedSmtp(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int port) {}
}
