package org.withme.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;

/** Reads submitted values the way the Tasklist and the REST API send them (lists arrive as JSON). */
public final class Values {

  private Values() {}

  /** A list value as strings: a Java collection, a JSON array, or a comma-separated string. */
  public static List<String> asList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        return List.of(json.isString() ? json.stringValue() : json.toString());
      }
      List<String> items = new ArrayList<>();
      for (SpinJsonNode element : json.elements()) {
        items.add(element.isString() ? element.stringValue() : element.toString());
      }
      return items;
    }
    String s = value.toString().trim();
    if (s.isEmpty()) {
      return List.of();
    }
    return List.of(s.split("\\s*,\\s*"));
  }

  /** Whether a value is a list as the Tasklist or REST API submit it. */
  public static boolean isList(Object value) {
    return value instanceof Collection<?> || (value instanceof SpinJsonNode json && json.isArray());
  }

  /**
   * A date as a Camunda Form's date field submits it ("2027-03-14", or an ISO date-time whose date
   * part is taken) or a {@link java.util.Date}; empty when it is not a real calendar date
   * ("2026-13-45", "14/03/2027", "abc").
   */
  public static Optional<LocalDate> asDate(Object value) {
    if (value instanceof java.util.Date d) {
      return Optional.of(LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault()));
    }
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().strip();
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
      return Optional.empty(); // no "+20260-01-01", no control characters around the date
    }
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The message for a date field whose value is not a real date, naming the field. */
  public static String notADate(String label, String key) {
    return "'" + label + "' (" + key + ") must be a real date, such as 14/03/2027";
  }
}
