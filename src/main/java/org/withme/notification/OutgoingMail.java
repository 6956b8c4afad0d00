package org.withme.notification;

import java.util.List;

/** A mail WithMe sends: always a plain-text part, optionally an HTML part and attached documents. */
public record OutgoingMail(List<String> to, String subject, String text, String html, List<Attachment> attachments) {

  /** A document sent with the mail. */
  public record Attachment(String filename, String mimeType, byte[] content) {}

  public OutgoingMail(List<String> to, String subject, String text, String html) {
    this(to, subject, text, html, List.of());
  }

  public OutgoingMail {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("a mail needs at least one recipient");
    }
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a mail needs a subject");
    }
    if (text == null) {
      throw new IllegalArgumentException("a mail needs a plain-text part");
    }
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static OutgoingMail text(String to, String subject, String text) {
    return new OutgoingMail(List.of(to), subject, text, null);
  }
}
