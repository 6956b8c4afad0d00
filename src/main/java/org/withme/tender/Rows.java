package org.withme.tender;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.withme.forms.InvalidFormException;

/**
 * Reads the rows of a dynamic list as the Tasklist (JSON), the REST API (JSON or a JSON string)
 * and the Java API (a list of maps) submit them, and writes rows back as JSON for forms.
 */
public final class Rows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  public static List<Map<String, Object>> of(Object value, String what) {
    if (value == null) {
      return List.of();
    }
    try {
      if (value instanceof SpinJsonNode node) {
        return JSON.readValue(node.toString(), new TypeReference<List<Map<String, Object>>>() {});
      }
      if (value instanceof Collection<?> c) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : c) {
          if (o instanceof Map<?, ?> m) {
            Map<String, Object> row = new LinkedHashMap<>();
            m.forEach((k, v) -> row.put(String.valueOf(k), v));
            rows.add(row);
          } else {
            rows.add(JSON.readValue(String.valueOf(o), new TypeReference<Map<String, Object>>() {}));
          }
        }
        return rows;
      }
      String s = value.toString().trim();
      return s.isEmpty() ? List.of() : JSON.readValue(s, new TypeReference<List<Map<String, Object>>>() {});
    } catch (Exception e) {
      throw new InvalidFormException("The form", List.of(what + " must be a list of rows"));
    }
  }

  public static String toJson(Object rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null ? null : v.toString().trim();
  }

  public static boolean yes(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)) || "yes".equals(String.valueOf(v));
  }
}
