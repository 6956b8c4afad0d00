package org.withme.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as Easy Read writes them: the day of the week, the day, the month and the year in words
 * ("Friday 15 January 2027"), never a number format or a timestamp. Days are counted in London,
 * where the council works.
 */
public final class DatesInWords {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private DatesInWords() {}

  /** The day as GOV.UK writes it in running text ("1 April 2026"), or null when there is no date. */
  public static String day(LocalDate day) {
    return day == null ? null : DAY.format(day);
  }

  /** The day in words, or null when there is no date. */
  public static String of(LocalDate day) {
    return day == null ? null : WORDS.format(day);
  }

  /** The London day of the moment in words, or null when there is no moment. */
  public static String of(Date moment) {
    return moment == null ? null : of(moment.toInstant().atZone(LONDON).toLocalDate());
  }
}
