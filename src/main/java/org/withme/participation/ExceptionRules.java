package org.withme.participation;

import java.util.List;
import org.withme.forms.InvalidFormException;

/** Four eyes on participation exceptions: the person who asked may not decide. */
public final class ExceptionRules {

  private ExceptionRules() {}

  public static void checkDecider(String taskName, String requestedBy, String decider) {
    if (decider == null || decider.isBlank()) {
      throw new InvalidFormException("The form of '" + taskName + "'",
          List.of("'Decision' (exceptionDecision) needs a named decider: claim the task before deciding"));
    }
    if (decider.equals(requestedBy)) {
      throw new InvalidFormException("The form of '" + taskName + "'",
          List.of("'Decision' (exceptionDecision): " + decider + " asked for this exception and may not decide it;"
              + " another head of commissioning must"));
    }
  }
}
