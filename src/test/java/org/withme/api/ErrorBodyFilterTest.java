package org.withme.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Found by the fuzz suite: error answers that were empty, told a body of null apart as "not found", or lost the field. */
class ErrorBodyFilterTest {

  @Test
  void aBodyOfNullIsABadRequestNotAnIdThatNamesNothing() {
    ErrorBodyFilter.Rewrite r = ErrorBodyFilter.rewrite(500, "{\"type\":\"NullPointerException\",\"message\":\"Cannot invoke"
        + " \\\"org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto.getVariables()\\\" because \\\"dto\\\" is null\"}", "POST");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.message()).isEqualTo("The request body is empty or null: this call takes a JSON object. Nothing was changed.");
  }

  @Test
  void anEmptyRefusalGetsWords() {
    assertThat(ErrorBodyFilter.rewrite(400, "", "POST").message()).startsWith("The request body could not be read");
    assertThat(ErrorBodyFilter.rewrite(415, "", "POST").message()).contains("Content-Type: application/json");
  }

  @Test
  void aRefusalThatSaysColumnKeepsItsField() {
    String refusal = "Cannot complete task 42: The form of 'Score the bids' was not accepted: 'panellist' in row 1 is not a column"
        + " of 'Scores' (scoreSheet); 'Reason' (scoreSheet[0].reason) quotes 'select name from the list'";
    ErrorBodyFilter.Rewrite r = ErrorBodyFilter.rewrite(500, "{\"type\":\"RestException\",\"message\":\"" + refusal + "\"}", "POST");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.message()).isEqualTo(refusal);
    assertThat(ErrorBodyFilter.rewrite(400, "{\"type\":\"InvalidRequestException\",\"message\":\"" + refusal + "\"}", "POST")).isNull();
  }

  @Test
  void aClassNameInARefusalIsStillHidden() {
    ErrorBodyFilter.Rewrite r = ErrorBodyFilter.rewrite(400, "{\"type\":\"InvalidRequestException\",\"message\":\"The form of 'X' was not"
        + " accepted: java.lang.NumberFormatException: For input string\"}", "POST");
    assertThat(r.message()).doesNotContain("java.lang");
  }
}
