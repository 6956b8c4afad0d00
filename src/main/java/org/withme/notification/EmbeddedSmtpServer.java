package org.withme.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the embedded demo run, a real SMTP server (GreenMail) inside WithMe receives every mail, so
 * reminders can be seen with nothing installed. Bound to 127.0.0.1 only.
 */
@Configuration
@ConditionalOnProperty(name = "withme.mail.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail embeddedSmtp(MailProperties properties) {
    int port = properties.embeddedSmtp().port();
    log.info("Embedded SMTP server on 127.0.0.1:{} receives WithMe's mail", port);
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(15000);
    return new GreenMail(setup);
  }
}
