package org.withme.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an administrator's password must be outside the demo: present, long, and not a known default. */
public final class AdminPasswordRule {

  public static final int MIN_LENGTH = 12;

  private static final Set<String> KNOWN_DEFAULTS = Set.of(
      "admin", "demo", "password", "camunda", "changeme", "change-me", "withme", "secret", "letmein",
      "administrator", "admin123", "password123", "password1234", "123456789012", "qwertyuiopas");

  private AdminPasswordRule() {}

  /** The problem with the password, in words for the operator, or empty when it is acceptable. */
  public static Optional<String> problem(String adminId, String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("WITHME_ADMIN_PASSWORD is missing. Set it to a password of at least "
          + MIN_LENGTH + " characters before starting WithMe outside the demo profile.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (KNOWN_DEFAULTS.contains(lower) || (adminId != null && lower.equals(adminId.toLowerCase(Locale.ROOT)))) {
      return Optional.of("WITHME_ADMIN_PASSWORD is a well-known default or equals the admin id. Choose another.");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("WITHME_ADMIN_PASSWORD is shorter than " + MIN_LENGTH + " characters.");
    }
    return BreachedPasswords.problem(password).map(p -> "WITHME_ADMIN_PASSWORD: " + p);
  }
}
