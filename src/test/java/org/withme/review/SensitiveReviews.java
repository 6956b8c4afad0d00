package org.withme.review;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.withme.forms.InvalidFormException;

/** A framework review at its first task, for tests from outside the package. */
public final class SensitiveReviews {

  private SensitiveReviews() {}

  /**
   * Waiting at "Assess the ten key areas" (participation officers'), for the first year from 2070
   * that has no review yet (there is one review per year; the scenario tests use the 2040s).
   */
  public static ProcessInstance atSelfAssess(ProcessEngine engine) {
    for (int year = 2070; year <= 2100; year++) {
      engine.getIdentityService().setAuthentication("dara", List.of("dcs"));
      try {
        return engine.getRuntimeService().startProcessInstanceByKey(FrameworkReviewScenarios.KEY, Map.of("reviewYear", year));
      } catch (InvalidFormException exists) {
        // that year's review is open already: the next year
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    throw new IllegalStateException("every year from 2070 to 2100 has a review");
  }

  /** A valid start form for a year that has a review already (the start is refused by the process, not by the form). */
  public static Map<String, Object> startForm() {
    return Map.of("reviewYear", 2070);
  }
}
