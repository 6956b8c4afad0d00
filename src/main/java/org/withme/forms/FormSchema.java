package org.withme.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inputs of a Camunda Form (form-js JSON), read for server-side validation.
 *
 * @param fields   the inputs a person fills in (not read-only, not inside a dynamic list): their declared
 *                 constraints are checked on every completion ({@link FormRules})
 * @param declared every value the form binds: all keyed inputs, read-only ones included, and each dynamic
 *                 list (under its {@code path}, its columns in {@link FormField#rows()}). A submission may
 *                 carry these and nothing else ({@link SubmissionRules})
 */
public record FormSchema(String id, List<FormField> fields, List<FormField> declared) {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

  public FormSchema(String id, List<FormField> fields) {
    this(id, fields, fields);
  }

  public static FormSchema parse(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormSchema parse(String json) throws IOException {
    return parse(JSON.readTree(json));
  }

  /** The declared value bound to {@code key}, if the form has one. */
  public Optional<FormField> declaredField(String key) {
    return declared.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static FormSchema parse(JsonNode root) {
    List<FormField> declared = new ArrayList<>();
    collect(root.path("components"), declared, false);
    List<FormField> fields = declared.stream().filter(f -> !f.readonly() && !f.isList()).toList();
    return new FormSchema(root.path("id").asText(null), List.copyOf(fields), List.copyOf(declared));
  }

  private static void collect(JsonNode components, List<FormField> fields, boolean conditionalParent) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      boolean conditional = conditionalParent || c.hasNonNull("conditional");
      if ("group".equals(type)) {
        collect(c.path("components"), fields, conditional);
        continue;
      }
      if ("dynamiclist".equals(type) && c.hasNonNull("path")) {
        List<FormField> columns = new ArrayList<>();
        collect(c.path("components"), columns, false);
        fields.add(new FormField(c.path("path").asText(), c.path("label").asText(null), type, false, null, null,
            null, null, null, null, conditional, c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
            null, null, null, List.copyOf(columns), c.path("allowAddRemove").asBoolean(false)));
        continue;
      }
      if (!INPUT_TYPES.contains(type) || !c.hasNonNull("key")) {
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
          c.path("label").asText(c.path("dateLabel").asText(null)),
          type,
          v.path("required").asBoolean(false),
          decimal(v.path("min")),
          decimal(v.path("max")),
          v.hasNonNull("minLength") ? v.path("minLength").asInt() : null,
          v.hasNonNull("maxLength") ? v.path("maxLength").asInt() : null,
          v.hasNonNull("pattern") ? v.path("pattern").asText() : null,
          allowed == null ? null : List.copyOf(allowed),
          conditional,
          c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
          c.hasNonNull("subtype") ? c.path("subtype").asText() : null,
          c.hasNonNull("decimalDigits") ? c.path("decimalDigits").asInt() : null,
          c.hasNonNull("valuesKey") ? c.path("valuesKey").asText() : null,
          List.of(),
          true));
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
