package org.withme.commissioning;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (Monday to Friday). Bank holidays are not counted out. */
public final class WorkingDays {

  private WorkingDays() {}

  public static LocalDate add(LocalDate from, int workingDays) {
    LocalDate d = from;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
