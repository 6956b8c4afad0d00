package org.withme.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The inputs of a Camunda Form (form-js JSON), read for server-side validation. */
public record FormSchema(String id, List<FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

  public static FormSchema parse(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormSchema parse(String json) throws IOException {
    return parse(JSON.readTree(json));
  }

  private static FormSchema parse(JsonNode root) {
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), fields, false);
    return new FormSchema(root.path("id").asText(null), List.copyOf(fields));
  }

  private static void collect(JsonNode components, List<FormField> fields, boolean conditionalParent) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      boolean conditional = conditionalParent || c.hasNonNull("conditional");
      if ("group".equals(type)) {
        collect(c.path("components"), fields, conditional);
        continue;
      }
      // dynamic lists repeat their inputs under one key: their rows are checked by the process's own rules
      if (!INPUT_TYPES.contains(type) || !c.hasNonNull("key")
          || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
        continue;
      }
      JsonNode v = c.path("validate");
      List<String> allowed = null;
      if (c.path("values").isArray() && !c.path("values").isEmpty()) {
        allowed = new ArrayList<>();
        for (JsonNode option : c.path("values")) {
          allowed.add(option.path("value").asText());
        }
      }
      fields.add(new FormField(
          c.path("key").asText(),
          c.path("label").asText(null),
          type,
          v.path("required").asBoolean(false),
          decimal(v.path("min")),
          decimal(v.path("max")),
          v.hasNonNull("minLength") ? v.path("minLength").asInt() : null,
          v.hasNonNull("maxLength") ? v.path("maxLength").asInt() : null,
          v.hasNonNull("pattern") ? v.path("pattern").asText() : null,
          allowed == null ? null : List.copyOf(allowed),
          conditional));
    }
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual() && !node.asText().isBlank()) {
      try {
        return new BigDecimal(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
