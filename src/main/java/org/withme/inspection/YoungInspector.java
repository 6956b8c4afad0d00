package org.withme.inspection;

import java.time.LocalDate;

/**
 * A Young Inspector in the pool, with their age band, their last training and when the refresher
 * falls due.
 */
public record YoungInspector(String userId, String name, AgeBand ageBand, LocalDate lastTrainedOn,
    LocalDate refresherDueOn, boolean active) {

  /** Training has lapsed once the refresher date has passed without a refresher. */
  public boolean lapsedOn(LocalDate day) {
    return day.isAfter(refresherDueOn);
  }

  /** Whether a visit needs a parent's or carer's consent for them. */
  public boolean needsConsent(int consentAge) {
    return ageBand.mayBeUnder(consentAge);
  }
}
