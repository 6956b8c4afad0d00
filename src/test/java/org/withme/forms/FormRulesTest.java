package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side form validation, read from the forms the Tasklist shows. */
class FormRulesTest {

  private static final String FORM = """
      { "id": "sample", "components": [
        { "type": "text", "text": "Hello" },
        { "key": "title", "label": "Title", "type": "textfield", "validate": { "required": true, "maxLength": 10 } },
        { "key": "ref", "label": "Reference", "type": "textfield", "validate": { "pattern": "[A-Z]{3}" } },
        { "key": "score", "label": "Score", "type": "number", "validate": { "min": 0, "max": 5 } },
        { "key": "choice", "label": "Choice", "type": "select", "values": [ { "label": "A", "value": "a" } ] },
        { "key": "ticks", "label": "Ticks", "type": "checklist", "values": [ { "label": "X", "value": "x" } ] },
        { "key": "agree", "label": "I agree", "type": "checkbox", "validate": { "required": true } },
        { "key": "context", "label": "Context", "type": "textfield", "readonly": true, "validate": { "required": true } },
        { "key": "maybe", "label": "Maybe", "type": "textfield", "conditional": { "hide": "=true" }, "validate": { "required": true } },
        { "type": "group", "components": [ { "key": "inner", "label": "Inner", "type": "number", "validate": { "required": true } } ] }
      ] }
      """;

  @Test
  void validValuesPass() throws Exception {
    assertThat(FormRules.problems(FormSchema.parse(FORM), valid()::get)).isEmpty();
  }

  @Test
  void eachBreachNamesItsField() throws Exception {
    FormSchema schema = FormSchema.parse(FORM);
    Map<String, Object> v = valid();
    v.remove("title");
    v.put("ref", "abc");
    v.put("score", 6);
    v.put("choice", "b");
    v.put("ticks", List.of("y"));
    v.put("agree", false);
    v.remove("inner");

    assertThat(FormRules.problems(schema, v::get)).containsExactlyInAnyOrder(
        "'Title' (title) is required",
        "'Reference' (ref) is not in the expected format",
        "'Score' (score) must be at most 5, not 6",
        "'Choice' (choice) must be one of [a], not 'b'",
        "'Ticks' (ticks) offers no choice 'y'",
        "'I agree' (agree) is required",
        "'Inner' (inner) is required");
  }

  @Test
  void textLengthAndNumbersAsText() throws Exception {
    FormSchema schema = FormSchema.parse(FORM);
    Map<String, Object> v = valid();
    v.put("title", "much too long a title");
    v.put("score", "four");
    assertThat(FormRules.problems(schema, v::get)).containsExactlyInAnyOrder(
        "'Title' (title) takes at most 10 characters",
        "'Score' (score) must be a number, not 'four'");
  }

  @Test
  void everyShippedFormParsesAndHasAnId() throws Exception {
    java.io.File[] forms = new java.io.File("forms").listFiles((d, n) -> n.endsWith(".form"));
    assertThat(forms).isNotEmpty();
    for (java.io.File f : forms) {
      try (FileInputStream in = new FileInputStream(f)) {
        FormSchema schema = FormSchema.parse(in);
        assertThat(schema.id()).as(f.getName()).isEqualTo(f.getName().replace(".form", ""));
      }
    }
  }

  private static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("title", "Short");
    v.put("ref", "ABC");
    v.put("score", 3);
    v.put("choice", "a");
    v.put("ticks", List.of("x"));
    v.put("agree", true);
    v.put("inner", 1);
    return v;
  }
}
