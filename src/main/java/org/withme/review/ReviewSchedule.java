package org.withme.review;

import org.springframework.stereotype.Component;

/** Read by the timer start event of framework-review: {@code ${reviewSchedule.cycle}}. */
@Component("reviewSchedule")
public class ReviewSchedule {

  private final ReviewProperties properties;

  public ReviewSchedule(ReviewProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.startCycle();
  }
}
