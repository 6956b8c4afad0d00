package org.withme.tender;

import java.util.Arrays;
import java.util.Optional;

/**
 * The procurement regimes a tender may follow (the start form's "Procurement rules",
 * {@code procurementRegime}), each with the calendar its standstill is counted in and the source of
 * its rules. The standstill arithmetic is in {@link Standstill}.
 */
public enum ProcurementRegime {
  /** England and Wales, tenders started on or after 24 February 2025. */
  PA2023("PA2023", "Procurement Act 2023", BankHolidays.ENGLAND_AND_WALES,
      "Procurement Act 2023 s.50 (assessment summaries), s.51 (standstill: 8 working days)"),
  /** England and Wales, tenders started before 24 February 2025. */
  PCR2015("PCR2015", "Public Contracts Regulations 2015", BankHolidays.ENGLAND_AND_WALES,
      "Public Contracts Regulations 2015 reg. 86 (notice of the decision), reg. 87 (standstill: 10 days)"),
  /**
   * Scotland. At or above the threshold, the Public Contracts (Scotland) Regulations 2015: children's
   * services are social and other specific services (Schedule 3), awarded under the light-touch
   * rules of regs. 74 to 76, and the notice of the decision (reg. 85: the successful tenderer, the
   * reasons, the characteristics and relative advantages of the successful tender) starts a
   * standstill (reg. 87: 10 days), light-touch or not. Below it, from £50,000, a regulated
   * procurement under the Procurement Reform (Scotland) Act 2014: an award notice on Public
   * Contracts Scotland (s.23), every unsuccessful tenderer told the successful tenderer, the
   * criteria, and its own and the successful tender's scores (s.32), further information on a
   * written request made within 30 days (s.33), and no standstill unless the council holds one.
   */
  PCS2015("PCS2015", "Public Contracts (Scotland) Regulations 2015 and Procurement Reform (Scotland) Act 2014",
      BankHolidays.SCOTLAND,
      "Public Contracts (Scotland) Regulations 2015 regs. 74-76 (light-touch), reg. 85 (notice of the decision),"
          + " reg. 87 (standstill: 10 days); Procurement Reform (Scotland) Act 2014 s.23 (award notice),"
          + " s.32 (reasons and scores to unsuccessful tenderers), s.33 (further information on request)");

  private final String code;
  private final String displayName;
  private final BankHolidays calendar;
  private final String sources;

  ProcurementRegime(String code, String displayName, BankHolidays calendar, String sources) {
    this.code = code;
    this.displayName = displayName;
    this.calendar = calendar;
    this.sources = sources;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public BankHolidays calendar() {
    return calendar;
  }

  /** Where this regime's rules come from, section by section. */
  public String sources() {
    return sources;
  }

  public static Optional<ProcurementRegime> of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
