package org.withme.tender;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The standstill between the award decision notice and the contract. Procurement Act 2023 s.51:
 * eight working days beginning with the day the notice is published. PCR 2015 reg. 87: ten days
 * beginning with the day after the notice is sent, extended to the end of the next working day
 * when the last day is not one. Light-touch contracts have none unless the council opts in.
 * Working days exclude weekends and England and Wales bank holidays, from Jollyday's calendar.
 */
public final class Standstill {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  /** Whether a standstill applies, its last day, and the moment it is over (midnight after the last day). */
  public record Period(boolean required, LocalDate lastDay, ZonedDateTime endsAt, String explanation) {}

  private Standstill() {}

  public static Period of(String regime, boolean lightTouch, boolean optIn, LocalDate noticeDate,
      int pa2023WorkingDays, int pcr2015Days) {
    if (lightTouch && !optIn) {
      return new Period(false, null, null, "No standstill: a light-touch contract, and the council did not opt in.");
    }
    LocalDate last;
    String why;
    switch (regime) {
      case "PA2023" -> {
        last = nthWorkingDay(noticeDate, pa2023WorkingDays);
        why = pa2023WorkingDays + " working days beginning with " + noticeDate + " (Procurement Act 2023)";
      }
      case "PCR2015" -> {
        last = noticeDate.plusDays(pcr2015Days);
        while (!isWorkingDay(last)) {
          last = last.plusDays(1);
        }
        why = pcr2015Days + " days beginning with the day after " + noticeDate + " (Public Contracts Regulations 2015)";
      }
      default -> throw new IllegalArgumentException("Unknown procurement regime '" + regime + "'");
    }
    return new Period(true, last, last.plusDays(1).atStartOfDay(LONDON),
        "Standstill of " + why + ", ending at the end of " + last + ".");
  }

  /** The n-th working day counting {@code from} itself when it is a working day. */
  static LocalDate nthWorkingDay(LocalDate from, int n) {
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

  /** Monday to Friday and not a bank holiday in England and Wales. */
  public static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !UK.isHoliday(day, "eng") && !UK.isHoliday(day, "wls");
  }
}
