package org.withme.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.withme.forms.SubmittedValues.Unsupported;

/**
 * What a person may submit with a form, checked before anything of the step runs: only the values
 * the form declares; read-only values unchanged; each value of the kind its field takes (text for
 * text, a number for a number, a whole number where the form says so, true or false for a
 * checkbox, a real date, one of the offered choices, a list of rows whose columns are the list's);
 * no more text than the field or the engine can hold, and no characters that cannot be stored;
 * nothing that is bytes, a file or a serialized object. Then the form's own constraints
 * ({@link FormRules}) on what the step will hold. Plain Java: the values are already plain
 * ({@link SubmittedValues}).
 */
public final class SubmissionRules {

  /** The longest text a single-line field takes when its form declares no maxLength. */
  public static final int TEXTFIELD_MAX = 500;
  /** The longest text a text area takes: the engine stores a text variable in 4,000 characters. */
  public static final int TEXT_MAX = 4000;
  /** The most rows a dynamic list or choices a checklist takes. */
  public static final int LIST_MAX = 200;
  /** The most values one submission carries. */
  public static final int VALUES_MAX = 200;
  /** The most characters one submission carries in all. */
  public static final long SUBMISSION_MAX = 200_000;
  /** The largest number a number field takes when its form declares no range. */
  public static final BigDecimal NUMBER_MAX = new BigDecimal("1000000000000000");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private SubmissionRules() {}

  /**
   * The outcome of a check: the problems found, each naming its field, and the read-only values
   * sent back unchanged (the caller leaves them out, so showing a value never rewrites it).
   */
  public record Result(List<String> problems, Set<String> unchangedReadonly) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * @param submitted the submission's values, plain
   * @param current   the value each variable holds now, plain ({@code null} at a start)
   */
  public static Result check(FormSchema schema, Map<String, Object> submitted, Function<String, Object> current) {
    List<String> problems = new ArrayList<>();
    Set<String> unchanged = new LinkedHashSet<>();
    if (submitted.size() > VALUES_MAX) {
      problems.add("The submission has " + submitted.size() + " values; a form takes at most " + VALUES_MAX);
      return new Result(problems, unchanged);
    }
    long total = 0;
    String largest = null;
    long largestSize = -1;
    for (Map.Entry<String, Object> e : submitted.entrySet()) {
      long size = e.getKey().length() + SubmittedValues.size(e.getValue());
      total += size;
      if (size > largestSize) {
        largest = e.getKey();
        largestSize = size;
      }
    }
    if (total > SUBMISSION_MAX) {
      String key = largest;
      String name = schema.declaredField(key).map(FormField::displayName).orElseGet(() -> quote(key));
      problems.add("The submission is too large: it holds " + String.format("%,d", total) + " characters, most of them in "
          + name + ", and a form takes at most " + String.format("%,d", SUBMISSION_MAX) + " in all");
      return new Result(problems, unchanged);
    }
    for (String key : submitted.keySet()) {
      if (schema.declaredField(key).isEmpty()) {
        problems.add(quote(key) + " is not a field of this form");
      }
    }
    Set<String> refused = new LinkedHashSet<>();
    for (FormField field : schema.declared()) {
      if (!submitted.containsKey(field.key())) {
        continue;
      }
      Object value = submitted.get(field.key());
      Object now = current.apply(field.key());
      if (field.readonly()) {
        if (isEmpty(value) || same(value, now)) {
          unchanged.add(field.key());
        } else {
          problems.add(field.displayName() + " is shown for information and cannot be changed");
        }
        continue;
      }
      if (!checkValue(field, value, now, current, problems)) {
        refused.add(field.key());
      }
    }
    List<FormField> checkable = schema.fields().stream().filter(f -> !refused.contains(f.key())).toList();
    problems.addAll(FormRules.problems(new FormSchema(schema.id(), checkable),
        k -> submitted.containsKey(k) ? submitted.get(k) : current.apply(k)));
    return new Result(problems, unchanged);
  }

  /** Whether {@code value} is of the kind {@code field} takes; adds the problems if not. */
  static boolean checkValue(FormField field, Object value, Object now, Function<String, Object> current,
      List<String> problems) {
    String name = field.displayName();
    if (value instanceof Unsupported u) {
      problems.add(name + " takes " + expected(field) + ", not " + u.what());
      return false;
    }
    if (value == null) {
      return true;
    }
    int before = problems.size();
    switch (field.type()) {
      case "textfield", "textarea" -> {
        if (!(value instanceof String text)) {
          problems.add(name + " must be text, not " + SubmittedValues.kind(value));
        } else {
          checkText(field, text, problems);
        }
      }
      case "number" -> {
        if (!(value instanceof BigDecimal number)) {
          problems.add(name + " must be a number such as 12, not " + show(value));
        } else {
          checkNumber(field, number, problems);
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(name + " must be ticked or not (true or false), not " + show(value));
        }
      }
      case "select", "radio" -> {
        if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
          problems.add(name + " must be one of the choices offered" + choices(field, current) + ", not " + show(value));
        } else {
          checkOption(field, text(value), current, problems);
        }
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> v instanceof Collection<?> || v instanceof Map<?, ?>
            || v instanceof Unsupported || v == null)) {
          problems.add(name + " must be a list of the choices offered" + choices(field, current) + ", not " + show(value));
        } else if (list.size() > LIST_MAX) {
          problems.add(name + " takes at most " + LIST_MAX + " choices, not " + list.size());
        } else {
          for (Object v : list) {
            checkOption(field, text(v), current, problems);
          }
        }
      }
      case "datetime" -> {
        if (!(value instanceof String text) || badCharacter(text) != null || !isDateTime(field.subtype(), text.strip())) {
          problems.add(name + " must be " + expected(field) + ", not " + show(value));
        }
      }
      case "dynamiclist" -> checkRows(field, value, now, current, problems);
      default -> { }
    }
    return problems.size() == before;
  }

  private static void checkText(FormField field, String text, List<String> problems) {
    int cap = field.maxLength() != null ? Math.min(field.maxLength(), TEXT_MAX)
        : "textarea".equals(field.type()) ? TEXT_MAX : TEXTFIELD_MAX;
    // a declared maxLength up to what the engine holds is the form's own rule (FormRules)
    boolean formsOwn = field.maxLength() != null && field.maxLength() <= TEXT_MAX;
    if (text.length() > cap && !formsOwn) {
      problems.add(field.displayName() + " takes at most " + String.format("%,d", cap) + " characters, not "
          + String.format("%,d", text.length()));
    } else if (text.length() > cap) {
      return; // FormRules names it
    }
    String bad = badCharacter(text);
    if (bad != null) {
      problems.add(field.displayName() + " contains " + bad + ", which cannot be stored: remove it and send the text again");
    }
  }

  /** What is wrong with a text's characters, in plain words, or null when nothing is. */
  static String badCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "a broken character (half of an emoji or symbol)";
      }
      if (Character.isLowSurrogate(c)) {
        return "a broken character (half of an emoji or symbol)";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
        return c == 0 ? "an empty (NUL) character" : "a control character";
      }
      if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        return "a character that reverses the direction of the text";
      }
      if (c == 0xfffe || c == 0xffff) {
        return "a character that is not a letter or symbol";
      }
    }
    return null;
  }

  private static void checkNumber(FormField field, BigDecimal number, List<String> problems) {
    String name = field.displayName();
    BigDecimal stripped = number.stripTrailingZeros();
    if (field.min() == null && number.compareTo(NUMBER_MAX.negate()) < 0
        || field.max() == null && number.compareTo(NUMBER_MAX) > 0 || stripped.precision() > 30) {
      problems.add(name + " is too large a number");
      return;
    }
    Integer digits = field.decimalDigits();
    if (digits != null && stripped.scale() > Math.max(digits, 0)) {
      problems.add(digits <= 0
          ? name + " must be a whole number such as 3, not " + stripped.toPlainString()
          : name + " takes at most " + digits + " decimal places, not " + stripped.toPlainString());
    }
  }

  private static void checkOption(FormField field, String value, Function<String, Object> current, List<String> problems) {
    if (field.valuesKey() == null) {
      return; // options in the form: FormRules checks them
    }
    List<String> options = options(current.apply(field.valuesKey()));
    if (options != null && !options.contains(value)) {
      problems.add(field.displayName() + " offers no choice " + quote(value));
    }
  }

  /** The values of options held in a variable: strings, or {label, value} objects. */
  private static List<String> options(Object held) {
    if (!(held instanceof List<?> list)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Object o : list) {
      values.add(o instanceof Map<?, ?> m ? text(m.get("value")) : text(o));
    }
    return values;
  }

  private static String choices(FormField field, Function<String, Object> current) {
    List<String> options = field.allowedValues() != null ? field.allowedValues()
        : field.valuesKey() != null ? options(current.apply(field.valuesKey())) : null;
    if (options == null || options.isEmpty()) {
      return "";
    }
    List<String> shown = options.size() > 10 ? options.subList(0, 10) : options;
    return " (" + String.join(", ", shown) + (options.size() > 10 ? ", ..." : "") + ")";
  }

  private static void checkRows(FormField list, Object value, Object now, Function<String, Object> current,
      List<String> problems) {
    String name = list.displayName();
    if (!(value instanceof List<?> rows)) {
      problems.add(name + " must be a list of rows, not " + SubmittedValues.kind(value));
      return;
    }
    if (rows.size() > LIST_MAX) {
      problems.add(name + " takes at most " + LIST_MAX + " rows, not " + rows.size());
      return;
    }
    List<?> currentRows = now instanceof List<?> l ? l : List.of();
    if (!list.allowAddRemove() && now instanceof List<?> && rows.size() != currentRows.size()) {
      problems.add(name + " must keep its " + currentRows.size() + " rows; rows cannot be added or removed, but "
          + rows.size() + " were sent");
      return;
    }
    Map<String, FormField> columns = new HashMap<>();
    list.rows().forEach(c -> columns.put(c.key(), c));
    for (int i = 0; i < rows.size(); i++) {
      String where = list.key() + "[" + i + "]";
      if (!(rows.get(i) instanceof Map<?, ?> row)) {
        problems.add("Row " + (i + 1) + " of " + name + " must be a set of named values, not "
            + SubmittedValues.kind(rows.get(i)));
        continue;
      }
      Map<?, ?> currentRow = i < currentRows.size() && currentRows.get(i) instanceof Map<?, ?> m ? m : Map.of();
      for (Object k : row.keySet()) {
        if (!columns.containsKey(String.valueOf(k))) {
          problems.add(quote(String.valueOf(k)) + " in row " + (i + 1) + " is not a column of " + name);
        }
      }
      List<FormField> checkable = new ArrayList<>();
      Map<String, Object> cells = new HashMap<>();
      for (FormField column : list.rows()) {
        FormField cell = column.at(where + "." + column.key());
        Object v = row.get(column.key());
        cells.put(cell.key(), v);
        if (column.readonly()) {
          if (!isEmpty(v) && !same(v, currentRow.get(column.key()))) {
            problems.add(cell.displayName() + " is shown for information and cannot be changed");
          }
          continue;
        }
        if (checkValue(cell, v, currentRow.get(column.key()), current, problems) && !column.isList()) {
          checkable.add(cell);
        }
      }
      problems.addAll(FormRules.problems(new FormSchema(null, checkable), cells::get));
    }
  }

  /** A date as the Tasklist sends it: four digits for the year (the parsers also take "+20260-01-01"). */
  private static final java.util.regex.Pattern DATE_TEXT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

  private static boolean isDateTime(String subtype, String text) {
    if (!"time".equals(subtype) && !DATE_TEXT.matcher(text).matches()) {
      return false;
    }
    try {
      if (subtype == null || "date".equals(subtype)) {
        LocalDate.parse(text, DATE);
      } else if ("time".equals(subtype)) {
        try {
          LocalTime.parse(text);
        } catch (DateTimeParseException e) {
          OffsetTime.parse(text);
        }
      } else {
        try {
          LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
          OffsetDateTime.parse(text);
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The kind of value a field takes, spelt out for a message. */
  static String expected(FormField field) {
    return switch (field.type()) {
      case "number" -> Integer.valueOf(0).equals(field.decimalDigits()) ? "a whole number such as 3" : "a number such as 12";
      case "checkbox" -> "true or false";
      case "select", "radio" -> "one of the choices offered";
      case "checklist", "taglist" -> "a list of the choices offered";
      case "dynamiclist" -> "a list of rows";
      case "datetime" -> "time".equals(field.subtype()) ? "a time such as 14:30"
          : "datetime".equals(field.subtype()) ? "a date and time such as 16/01/2027 14:30 (sent as 2027-01-16T14:30)"
          : "a date such as 16/01/2027 (sent as 2027-01-16)";
      default -> "text";
    };
  }

  private static boolean isEmpty(Object v) {
    return v == null || v instanceof String s && s.isEmpty() || v instanceof Collection<?> c && c.isEmpty();
  }

  /** Whether a value sent back equals the one held (numbers by value, dates shown as text count as the date). */
  static boolean same(Object a, Object b) {
    if (isEmpty(a) || isEmpty(b)) {
      return isEmpty(a) && isEmpty(b);
    }
    if (a instanceof Date || b instanceof Date) {
      if (a instanceof Date && b instanceof Date) {
        return a.equals(b);
      }
      // a date is shown, and sent back, as text: the same day (as the server or UTC sees it), or the same text
      Date date = (Date) (a instanceof Date ? a : b);
      Object other = a instanceof Date ? b : a;
      if (!(other instanceof String text)) {
        return false;
      }
      String t = text.strip();
      if (t.equals(date.toString())) {
        return true;
      }
      if (t.length() < 10 || !DATE_TEXT.matcher(t.substring(0, 10)).matches()) {
        return false;
      }
      String day = t.substring(0, 10);
      return day.equals(LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.systemDefault()).toString())
          || day.equals(LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC).toString());
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      Set<Object> keys = new LinkedHashSet<>(x.keySet());
      keys.addAll(y.keySet());
      for (Object k : keys) {
        if (!same(x.get(k), y.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> || a instanceof Map<?, ?> || b instanceof List<?> || b instanceof Map<?, ?>
        || a instanceof Unsupported || b instanceof Unsupported) {
      return false;
    }
    return text(a).equals(text(b));
  }

  private static String text(Object v) {
    return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
  }

  /** A value for a message: short text as it is, anything else by its kind. */
  static String show(Object value) {
    if (value instanceof String s) {
      return s.length() <= 40 && badCharacter(s) == null ? "'" + s + "'" : "text";
    }
    if (value instanceof BigDecimal d) {
      String t = d.stripTrailingZeros().toPlainString();
      return t.length() <= 40 ? t : "a number";
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return SubmittedValues.kind(value);
  }

  /** A variable or column name for a message: quoted, without control characters, at most 60 characters. */
  static String quote(String key) {
    StringBuilder b = new StringBuilder();
    key.codePoints().limit(60).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp)
        || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE ? '?' : cp));
    return "'" + b + (key.codePointCount(0, key.length()) > 60 ? "..." : "") + "'";
  }
}
