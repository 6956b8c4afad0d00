package org.withme.notification;

import java.util.List;

/** A mail WithMe sends: always a plain-text part, optionally an HTML part. */
public record OutgoingMail(List<String> to, String subject, String text, String html) {

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
  }

  public static OutgoingMail text(String to, String subject, String text) {
    return new OutgoingMail(List.of(to), subject, text, null);
  }
}
