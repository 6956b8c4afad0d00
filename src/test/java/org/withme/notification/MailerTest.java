package org.withme.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.withme.support.WithMeTest;

/** A mail sent through WithMe's mail component arrives at a real SMTP server (GreenMail). */
@WithMeTest
class MailerTest {

  @Autowired Mailer mailer;
  @Autowired GreenMail smtp;

  @Test
  void aMailArrivesWithItsTextAndHtmlParts() throws Exception {
    String subject = "Reminder " + System.nanoTime();
    mailer.send(new OutgoingMail(List.of("cora@withme.example.org"), subject,
        "Your task is due tomorrow.", "<p>Your task is due <b>tomorrow</b>.</p>"));

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> {
          try {
            return subject.equals(m.getSubject());
          } catch (Exception e) {
            return false;
          }
        }).findFirst().orElseThrow();
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("cora@withme.example.org");
    String body = GreenMailUtil.getBody(received);
    assertThat(body).contains("Your task is due tomorrow.").contains("<b>tomorrow</b>");
  }
}
