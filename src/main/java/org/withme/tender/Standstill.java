package org.withme.tender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The standstill between the award decision notice and the contract, by regime
 * ({@link ProcurementRegime}). Procurement Act 2023 s.51: eight working days beginning with the day
 * the notice is published. PCR 2015 reg. 87: ten days beginning with the day after the notice is
 * sent, extended to the end of the next working day when the last day is not one. Under both,
 * light-touch contracts have none unless the council opts in. Working days exclude weekends and
 * England and Wales bank holidays. Scotland ({@code PCS2015}): at or above the threshold, Public
 * Contracts (Scotland) Regulations 2015 reg. 87, ten days beginning with the day after the notice,
 * extended to the next working day, for light-touch contracts too; below it the Procurement Reform
 * (Scotland) Act 2014 sets none, so only when the council opts in. Working days exclude weekends
 * and Scottish bank holidays. Calendars from Jollyday ({@link BankHolidays}).
 */
public final class Standstill {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Whether a standstill applies, its last day, and the moment it is over (midnight after the last day). */
  public record Period(boolean required, LocalDate lastDay, ZonedDateTime endsAt, String explanation) {}

  private Standstill() {}

  /** England and Wales regimes (no estimated value needed). */
  public static Period of(String regime, boolean lightTouch, boolean optIn, LocalDate noticeDate,
      int pa2023WorkingDays, int pcr2015Days) {
    return of(regime, lightTouch, optIn, null, noticeDate, pa2023WorkingDays, pcr2015Days,
        ScotlandProcurementProperties.defaults());
  }

  /** Any regime; {@code estimatedValue} (GBP) decides which Scottish law applies. */
  public static Period of(String regime, boolean lightTouch, boolean optIn, BigDecimal estimatedValue, LocalDate noticeDate,
      int pa2023WorkingDays, int pcr2015Days, ScotlandProcurementProperties scotland) {
    ProcurementRegime r = ProcurementRegime.of(regime)
        .orElseThrow(() -> new IllegalArgumentException("Unknown procurement regime '" + regime + "'"));
    if (r == ProcurementRegime.PCS2015) {
      return scotland(lightTouch, optIn, estimatedValue, noticeDate, scotland);
    }
    if (lightTouch && !optIn) {
      return new Period(false, null, null, "No standstill: a light-touch contract, and the council did not opt in.");
    }
    LocalDate last;
    String why;
    if (r == ProcurementRegime.PA2023) {
      last = r.calendar().nthWorkingDay(noticeDate, pa2023WorkingDays);
      why = pa2023WorkingDays + " working days beginning with " + noticeDate + " (Procurement Act 2023)";
    } else {
      last = r.calendar().onOrAfter(noticeDate.plusDays(pcr2015Days));
      why = pcr2015Days + " days beginning with the day after " + noticeDate + " (Public Contracts Regulations 2015)";
    }
    return period(last, why);
  }

  private static Period scotland(boolean lightTouch, boolean optIn, BigDecimal value, LocalDate noticeDate,
      ScotlandProcurementProperties s) {
    if (value == null) {
      throw new IllegalArgumentException("A Scottish tender's standstill needs its estimated value");
    }
    BigDecimal threshold = lightTouch ? s.lightTouchThreshold() : s.servicesThreshold();
    boolean regulations = value.compareTo(threshold) >= 0;
    String law = regulations
        ? "Public Contracts (Scotland) Regulations 2015 reg. 87" + (lightTouch ? ", which applies to light-touch contracts too" : "")
        : "held by the council's choice: below the threshold of £" + threshold.toPlainString()
            + " the Procurement Reform (Scotland) Act 2014 sets none";
    if (!regulations && !optIn) {
      return new Period(false, null, null, "No standstill: the estimated value is below the threshold of £"
          + threshold.toPlainString() + (lightTouch ? " for light-touch contracts" : " for services")
          + " of the Public Contracts (Scotland) Regulations 2015, the Procurement Reform (Scotland) Act 2014 sets none,"
          + " and the council did not opt in.");
    }
    LocalDate last = BankHolidays.SCOTLAND.onOrAfter(noticeDate.plusDays(s.standstillDays()));
    return period(last, s.standstillDays() + " days beginning with the day after " + noticeDate + " (" + law
        + "), Scottish bank holidays excluded");
  }

  private static Period period(LocalDate last, String why) {
    return new Period(true, last, last.plusDays(1).atStartOfDay(LONDON),
        "Standstill of " + why + ", ending at the end of " + last + ".");
  }

  /** The n-th working day in England and Wales counting {@code from} itself when it is a working day. */
  static LocalDate nthWorkingDay(LocalDate from, int n) {
    return BankHolidays.ENGLAND_AND_WALES.nthWorkingDay(from, n);
  }

  /** Monday to Friday and not a bank holiday in England and Wales. */
  public static boolean isWorkingDay(LocalDate day) {
    return BankHolidays.ENGLAND_AND_WALES.isWorkingDay(day);
  }
}
