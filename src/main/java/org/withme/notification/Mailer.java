package org.withme.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends WithMe's mail through Spring Mail and logs each one (recipients and subject). */
@Component
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final JavaMailSender sender;
  private final String from;

  public Mailer(JavaMailSender sender, MailProperties properties) {
    this.sender = sender;
    this.from = properties.from();
  }

  /** Sends now; a failure of the SMTP server surfaces as {@link MailSendException}. */
  public void send(OutgoingMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null || !mail.attachments().isEmpty(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      if (mail.html() != null) {
        helper.setText(mail.text(), mail.html());
      } else {
        helper.setText(mail.text());
      }
      for (OutgoingMail.Attachment a : mail.attachments()) {
        helper.addAttachment(a.filename(), new org.springframework.core.io.ByteArrayResource(a.content()), a.mimeType());
      }
    } catch (MessagingException e) {
      throw new MailSendException("Could not compose the mail '" + mail.subject() + "'", e);
    }
    sender.send(message);
    log.info("Mail sent to {}: {}", mail.to(), mail.subject());
  }
}
