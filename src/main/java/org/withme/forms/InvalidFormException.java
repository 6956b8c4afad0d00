package org.withme.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form that breaks a rule. The engine rolls the whole step back, the task stays open,
 * and the REST API (complete, submit-form) answers 400 with this message, as for the engine's own
 * form field validation.
 */
public class InvalidFormException extends FormFieldValidationException {

  private final List<String> problems;

  public InvalidFormException(String what, List<String> problems) {
    super(List.copyOf(problems), what + " was not accepted: " + String.join("; ", problems.stream()
        .map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p).toList()) + ".");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
