package org.withme.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a Camunda Form with the constraints the form declares. The same constraints the
 * Tasklist checks in the browser are checked again on the server.
 *
 * @param readonly       shown for information ({@code readonly} or {@code disabled}): a submission may send
 *                       its current value back, never another
 * @param subtype        a datetime field's {@code subtype}: {@code date}, {@code time} or {@code datetime}
 * @param decimalDigits  a number field's {@code decimalDigits}: 0 for whole numbers only
 * @param valuesKey      the variable holding the options, when the form takes them from one
 * @param rows           a dynamic list's columns (its key is the list's {@code path}), otherwise empty
 * @param allowAddRemove whether a dynamic list may gain or lose rows
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
    boolean conditional,
    boolean readonly,
    String subtype,
    Integer decimalDigits,
    String valuesKey,
    List<FormField> rows,
    boolean allowAddRemove) {

  public FormField(String key, String label, String type, boolean required, BigDecimal min, BigDecimal max,
      Integer minLength, Integer maxLength, String pattern, List<String> allowedValues, boolean conditional) {
    this(key, label, type, required, min, max, minLength, maxLength, pattern, allowedValues, conditional,
        false, null, null, null, List.of(), true);
  }

  /** How the field is named in an error message: its label, and its key for API callers. */
  public String displayName() {
    return label == null || label.isBlank() ? "'" + key + "'" : "'" + label + "' (" + key + ")";
  }

  /** The same field under another key, e.g. a list's column in row 3: {@code scoreSheet[2].score}. */
  public FormField at(String newKey) {
    return new FormField(newKey, label, type, required, min, max, minLength, maxLength, pattern, allowedValues,
        conditional, readonly, subtype, decimalDigits, valuesKey, rows, allowAddRemove);
  }

  public boolean isList() {
    return "dynamiclist".equals(type);
  }
}
