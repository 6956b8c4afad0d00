package org.withme.inspection;

import java.time.LocalDate;
import java.time.Period;

/** A Young Inspector in the pool, with their last training and when the refresher falls due. */
public record YoungInspector(String userId, String name, LocalDate dateOfBirth, LocalDate lastTrainedOn,
    LocalDate refresherDueOn, boolean active) {

  /** Training has lapsed once the refresher date has passed without a refresher. */
  public boolean lapsedOn(LocalDate day) {
    return day.isAfter(refresherDueOn);
  }

  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }
}
