package org.withme.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a Camunda Form with the constraints the form declares. The same constraints the
 * Tasklist checks in the browser are checked again on the server.
 */
public record FormField(
    String key,
    String label,
    String type,
    boolean required,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    List<String> allowedValues,
    boolean conditional) {

  /** How the field is named in an error message: its label, and its key for API callers. */
  public String displayName() {
    return label == null || label.isBlank() ? key : "'" + label + "' (" + key + ")";
  }
}
