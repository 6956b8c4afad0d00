package org.withme.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against a form's declared constraints: required, number range, text
 * length, pattern, and the offered options. Returns one message per problem, naming the field.
 */
public final class FormRules {

  private FormRules() {}

  public static List<String> problems(FormSchema schema, Function<String, Object> submitted) {
    List<String> problems = new ArrayList<>();
    for (FormField field : schema.fields()) {
      check(field, submitted.apply(field.key()), problems);
    }
    return problems;
  }

  private static void check(FormField field, Object value, List<String> problems) {
    String name = field.displayName();
    if (isEmpty(field, value)) {
      // a field hidden by a condition may be left empty; the process's own rules decide
      if (field.required() && !field.conditional()) {
        problems.add(name + " is required");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, value, problems);
      case "textfield", "textarea" -> checkText(field, value.toString(), problems);
      case "select", "radio" -> {
        if (field.allowedValues() != null && !field.allowedValues().contains(value.toString())) {
          problems.add(name + " must be one of " + field.allowedValues() + ", not '" + value + "'");
        }
      }
      case "checklist", "taglist" -> {
        if (!Values.isList(value)) {
          problems.add(name + " must be a list of choices");
        } else if (field.allowedValues() != null) {
          for (String v : Values.asList(value)) {
            if (!field.allowedValues().contains(String.valueOf(v))) {
              problems.add(name + " offers no choice '" + v + "'");
            }
          }
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean) && !"true".equals(value.toString()) && !"false".equals(value.toString())) {
          problems.add(name + " must be true or false");
        }
      }
      default -> { }
    }
  }

  private static boolean isEmpty(FormField field, Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isBlank();
    }
    if (Values.isList(value)) {
      return Values.asList(value).isEmpty();
    }
    // a required checkbox must be ticked
    return "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
  }

  private static void checkNumber(FormField field, Object value, List<String> problems) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.add(field.displayName() + " must be a number, not '" + value + "'");
      return;
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      problems.add(field.displayName() + " must be at least " + field.min().toPlainString() + ", not " + number.toPlainString());
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      problems.add(field.displayName() + " must be at most " + field.max().toPlainString() + ", not " + number.toPlainString());
    }
  }

  private static void checkText(FormField field, String text, List<String> problems) {
    if (field.minLength() != null && text.length() < field.minLength()) {
      problems.add(field.displayName() + " needs at least " + field.minLength() + " characters");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      problems.add(field.displayName() + " takes at most " + field.maxLength() + " characters");
    }
    if (field.pattern() != null) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
          problems.add(field.displayName() + " is not in the expected format");
        }
      } catch (PatternSyntaxException ignored) {
        // a pattern Java cannot read is checked in the browser only
      }
    }
    if (field.allowedValues() != null && !field.allowedValues().contains(text)) {
      problems.add(field.displayName() + " must be one of " + field.allowedValues());
    }
  }
}
