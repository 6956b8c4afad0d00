package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.DataFormats;
import org.junit.jupiter.api.Test;

/** What a submission may carry, without an engine. */
class SubmissionRulesTest {

  private static final String FORM = """
      { "id": "sample", "components": [
        { "key": "reference", "label": "Programme", "type": "textfield", "readonly": true },
        { "key": "title", "label": "Title", "type": "textfield", "validate": { "required": true } },
        { "key": "notes", "label": "Notes", "type": "textarea" },
        { "key": "count", "label": "How many", "type": "number", "decimalDigits": 0, "validate": { "min": 0, "max": 500 } },
        { "key": "price", "label": "Price", "type": "number" },
        { "key": "agree", "label": "I agree", "type": "checkbox" },
        { "key": "on", "type": "datetime", "subtype": "date", "dateLabel": "Date of the visit" },
        { "key": "choice", "label": "Choice", "type": "radio", "values": [ { "label": "A", "value": "a" }, { "label": "B", "value": "b" } ] },
        { "key": "ticks", "label": "Ticks", "type": "checklist", "values": [ { "label": "X", "value": "x" } ] },
        { "key": "who", "label": "Who", "type": "checklist", "valuesKey": "people" },
        { "type": "dynamiclist", "path": "sheet", "label": "Your scores", "allowAddRemove": false, "components": [
          { "key": "bidder", "label": "Bid", "type": "textfield", "readonly": true },
          { "key": "score", "label": "Score", "type": "number", "decimalDigits": 0, "validate": { "required": true, "min": 0, "max": 5 } },
          { "key": "reason", "label": "Reason", "type": "textarea", "validate": { "required": true, "maxLength": 4000 } }
        ] }
      ] }
      """;

  private final FormSchema schema = parse();
  private final Map<String, Object> current = new HashMap<>(Map.of(
      "reference", "P-1",
      "people", List.of(Map.of("label", "Kai", "value", "kai")),
      "sheet", List.of(row("Acme", null, null), row("Beta", null, null))));

  private static FormSchema parse() {
    try {
      return FormSchema.parse(FORM);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> row(String bidder, Object score, Object reason) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("bidder", bidder);
    row.put("score", score);
    row.put("reason", reason);
    return row;
  }

  private Map<String, Object> valid() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("reference", "P-1");
    v.put("title", "Young carers");
    v.put("notes", "Line one\nline two 🙂");
    v.put("count", 12);
    v.put("price", 1250.5);
    v.put("agree", true);
    v.put("on", "2027-01-16");
    v.put("choice", "a");
    v.put("ticks", List.of("x"));
    v.put("who", List.of("kai"));
    v.put("sheet", List.of(row("Acme", 4, "Clear"), row("Beta", 3, "Fair")));
    return v;
  }

  private List<String> problems(Map<String, Object> submitted) {
    Map<String, Object> plain = new LinkedHashMap<>();
    submitted.forEach((k, v) -> plain.put(k, SubmittedValues.plain(v)));
    return SubmissionRules.check(schema, plain, k -> SubmittedValues.plain(current.get(k))).problems();
  }

  private List<String> with(String key, Object value) {
    Map<String, Object> v = valid();
    v.put(key, value);
    return problems(v);
  }

  @Test
  void whatTheTasklistSendsIsAccepted() {
    Map<String, Object> plain = new LinkedHashMap<>();
    valid().forEach((k, v) -> plain.put(k, SubmittedValues.plain(v)));
    SubmissionRules.Result result = SubmissionRules.check(schema, plain, k -> SubmittedValues.plain(current.get(k)));
    assertThat(result.problems()).isEmpty();
    assertThat(result.unchangedReadonly()).containsExactly("reference");
  }

  @Test
  void listsSentAsJsonOrObjectVariablesAreRead() {
    String json = "[{\"bidder\":\"Acme\",\"score\":4,\"reason\":\"Clear\"},{\"bidder\":\"Beta\",\"score\":3,\"reason\":\"Fair\"}]";
    assertThat(with("sheet", Variables.serializedObjectValue(json).serializationDataFormat(DataFormats.JSON_DATAFORMAT_NAME)
        .objectTypeName("java.util.ArrayList").create())).isEmpty();
    assertThat(with("sheet", org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create())).isEmpty();
  }

  /** Found by the fuzz suite: dates the parser takes but nobody types, and a read-only date overwritten by any text. */
  @Test
  void aDateHasAFourDigitYearAndNoControlCharacters() {
    assertThat(with("on", "+20260-01-01"))
        .containsExactly("'Date of the visit' (on) must be a date such as 16/01/2027 (sent as 2027-01-16), not '+20260-01-01'");
    assertThat(with("on", "2026-12-31\u0000"))
        .containsExactly("'Date of the visit' (on) must be a date such as 16/01/2027 (sent as 2027-01-16), not text");
    assertThat(with("on", "2026-12-31")).isEmpty();
  }

  @Test
  void aReadOnlyDateComesBackAsTheSameDayOnly() {
    java.util.Date deadline = java.util.Date.from(java.time.LocalDate.of(2027, 1, 16).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    assertThat(SubmissionRules.same("2027-01-16T00:00:00.000+0000", deadline)).isTrue();
    assertThat(SubmissionRules.same("2027-01-16", deadline)).isTrue();
    assertThat(SubmissionRules.same(deadline.toString(), deadline)).isTrue();
    assertThat(SubmissionRules.same("Changed by the fuzz test", deadline)).isFalse();
    assertThat(SubmissionRules.same("2027-02-16", deadline)).isFalse();
  }

  @Test
  void undeclaredVariablesAreNamed() {
    Map<String, Object> v = valid();
    v.put("panellist", "kai");
    v.put("stage", "plan");
    assertThat(problems(v)).containsExactly("'panellist' is not a field of this form", "'stage' is not a field of this form");
  }

  @Test
  void readonlyValuesMayComeBackUnchangedOnly() {
    assertThat(with("reference", "")).isEmpty();
    assertThat(with("reference", "P-2")).containsExactly("'Programme' (reference) is shown for information and cannot be changed");
    assertThat(with("sheet", List.of(row("Other", 4, "Clear"), row("Beta", 3, "Fair"))))
        .containsExactly("'Bid' (sheet[0].bidder) is shown for information and cannot be changed");
  }

  @Test
  void wrongKindsAreRefusedInPlainWords() {
    assertThat(with("count", "abc")).containsExactly("'How many' (count) must be a number such as 12, not 'abc'");
    assertThat(with("count", 1.5)).containsExactly("'How many' (count) must be a whole number such as 3, not 1.5");
    assertThat(with("count", 2.0)).isEmpty();
    assertThat(with("title", 42)).containsExactly("'Title' (title) must be text, not a number");
    assertThat(with("agree", "yes")).containsExactly("'I agree' (agree) must be ticked or not (true or false), not 'yes'");
    assertThat(with("on", "2026-13-45"))
        .containsExactly("'Date of the visit' (on) must be a date such as 16/01/2027 (sent as 2027-01-16), not '2026-13-45'");
    assertThat(with("on", "2027-02-30")).hasSize(1);
    assertThat(with("choice", "c")).containsExactly("'Choice' (choice) must be one of [a, b], not 'c'");
    assertThat(with("choice", List.of("a"))).containsExactly("'Choice' (choice) must be one of the choices offered (a, b), not a list");
    assertThat(with("ticks", "x")).containsExactly("'Ticks' (ticks) must be a list of the choices offered (x), not 'x'");
    assertThat(with("who", List.of("yasmin"))).containsExactly("'Who' (who) offers no choice 'yasmin'");
    assertThat(with("price", Double.NaN)).containsExactly("'Price' (price) takes a number such as 12, not a number that is not finite");
    assertThat(with("price", new BigDecimal("1e40"))).containsExactly("'Price' (price) is too large a number");
  }

  @Test
  void bytesFilesAndObjectsAreRefused() {
    assertThat(with("notes", Variables.byteArrayValue("evidence".getBytes()))).containsExactly("'Notes' (notes) takes text, not bytes");
    assertThat(with("notes", "evidence".getBytes())).containsExactly("'Notes' (notes) takes text, not bytes");
    assertThat(with("notes", Variables.fileValue("a.txt").file("x".getBytes()).create()))
        .containsExactly("'Notes' (notes) takes text, not a file");
    assertThat(with("notes", Variables.serializedObjectValue("rO0AB").serializationDataFormat("application/x-java-serialized-object")
        .objectTypeName("java.util.Date").create())).containsExactly("'Notes' (notes) takes text, not a serialized object");
    assertThat(with("notes", Variables.serializedObjectValue("{}").serializationDataFormat("application/json")
        .objectTypeName("org.example.Evil").create())).containsExactly("'Notes' (notes) takes text, not a serialized object");
    assertThat(with("notes", org.camunda.spin.plugin.variable.SpinValues.xmlValue("<a/>").create()))
        .containsExactly("'Notes' (notes) takes text, not XML");
    assertThat(with("notes", new java.util.Date())).containsExactly("'Notes' (notes) must be text, not a date");
  }

  @Test
  void sizesAndCharacters() {
    assertThat(with("title", "x".repeat(501))).containsExactly("'Title' (title) takes at most 500 characters, not 501");
    assertThat(with("notes", "x".repeat(4001))).containsExactly("'Notes' (notes) takes at most 4,000 characters, not 4,001");
    assertThat(with("notes", "x".repeat(1_000_000))).singleElement().asString()
        .startsWith("The submission is too large").contains("most of them in 'Notes' (notes)");
    assertThat(with("title", "a\u0000b")).singleElement().asString().contains("an empty (NUL) character");
    assertThat(with("title", "a\ud83d")).singleElement().asString().contains("a broken character");
    assertThat(with("title", "a\u202eb")).singleElement().asString().contains("reverses the direction");
    Map<String, Object> many = valid();
    for (int i = 0; i < 300; i++) {
      many.put("x" + i, i);
    }
    assertThat(problems(many)).containsExactly("The submission has 311 values; a form takes at most 200");
  }

  @Test
  void dynamicListRows() {
    assertThat(with("sheet", "not rows")).containsExactly("'Your scores' (sheet) must be a list of rows, not text");
    assertThat(with("sheet", List.of(row("Acme", 4, "Clear"))))
        .containsExactly("'Your scores' (sheet) must keep its 2 rows; rows cannot be added or removed, but 1 were sent");
    Map<String, Object> extra = row("Beta", 3, "Fair");
    extra.put("panellist", "kai");
    assertThat(with("sheet", List.of(row("Acme", 4, "Clear"), extra)))
        .containsExactly("'panellist' in row 2 is not a column of 'Your scores' (sheet)");
    assertThat(with("sheet", List.of(row("Acme", 4.5, "Clear"), row("Beta", 9, null)))).containsExactly(
        "'Score' (sheet[0].score) must be a whole number such as 3, not 4.5",
        "'Score' (sheet[1].score) must be at most 5, not 9",
        "'Reason' (sheet[1].reason) is required");
    assertThat(with("sheet", List.of("junk", row("Beta", 3, "Fair"))))
        .containsExactly("Row 1 of 'Your scores' (sheet) must be a set of named values, not text");
  }

  @Test
  void declaredConstraintsStillApply() {
    Map<String, Object> v = valid();
    v.remove("title");
    v.put("count", 501);
    assertThat(problems(v)).containsExactly("'Title' (title) is required", "'How many' (count) must be at most 500, not 501");
  }

  @Test
  void namesAreQuotedSafely() {
    assertThat(SubmissionRules.quote("a\u0000b" + "c".repeat(100))).isEqualTo("'a?b" + "c".repeat(57) + "...'");
  }
}
