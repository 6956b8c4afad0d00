package org.withme.tender;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The bank-holiday calendars a standstill is counted in, from Jollyday's United Kingdom calendar.
 * England and Wales share theirs (Easter Monday, the last Monday in August); Scotland's has
 * 2 January, the first Monday in August and St Andrew's Day, and no Easter Monday.
 */
public enum BankHolidays {
  ENGLAND_AND_WALES("England and Wales", "eng", "wls"),
  SCOTLAND("Scotland", "sct");

  private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  private final String displayName;
  private final String[] subdivisions;

  BankHolidays(String displayName, String... subdivisions) {
    this.displayName = displayName;
    this.subdivisions = subdivisions;
  }

  public String displayName() {
    return displayName;
  }

  /** Monday to Friday and not a bank holiday in this calendar's nations. */
  public boolean isWorkingDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    for (String s : subdivisions) {
      if (UK.isHoliday(day, s)) {
        return false;
      }
    }
    return true;
  }

  /** The n-th working day counting {@code from} itself when it is a working day. */
  public LocalDate nthWorkingDay(LocalDate from, int n) {
    LocalDate day = from;
    int counted = 0;
    while (true) {
      if (isWorkingDay(day)) {
        counted++;
        if (counted == n) {
          return day;
        }
      }
      day = day.plusDays(1);
    }
  }

  /** {@code day} itself when it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
