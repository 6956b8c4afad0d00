package org.withme.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;

/** The plain rules of retention: when a period has run out, and what replaces erased data. */
public final class RetentionRules {

  /** What replaces a person's user id in records kept for their figures. */
  public static final String PSEUDONYM_PREFIX = "erased-";
  /** What replaces what young people said once its period has run out. */
  public static final String REMOVED_TEXT = "(removed after the retention period)";

  private RetentionRules() {}

  /** Records dated before the cut-off have outlived {@code period} on {@code today}. */
  public static LocalDate cutoff(LocalDate today, Period period) {
    return today.minus(period);
  }

  public static Instant cutoff(Instant now, Period period, ZoneId zone) {
    return cutoff(LocalDate.ofInstant(now, zone), period).atStartOfDay(zone).toInstant();
  }

  /** Whether {@code period} is shorter than {@code minimum}, compared on a fixed day (periods have no order of their own). */
  public static boolean shorter(Period period, Period minimum) {
    LocalDate day = LocalDate.of(2000, 1, 1);
    return day.plus(period).isBefore(day.plus(minimum));
  }

  public static boolean isPseudonym(String userId) {
    return userId != null && userId.startsWith(PSEUDONYM_PREFIX);
  }

  /** A fresh pseudonym, unrelated to the user id it replaces. */
  public static String newPseudonym() {
    return PSEUDONYM_PREFIX + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }
}
