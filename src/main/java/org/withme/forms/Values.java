package org.withme.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
}
