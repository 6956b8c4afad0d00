package org.withme.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Found by the fuzz suite: bodies the REST API read in a way a person or a proxy would not. */
class JsonBodyFilterTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aNameGivenTwiceIsNamed() {
    assertThat(JsonBodyFilter.duplicate(b("{\"variables\":{\"score\":{\"value\":\"x\"},\"score\":{\"value\":5}}}"))).isEqualTo("score");
    assertThat(JsonBodyFilter.duplicate(b("{\"variables\":{},\"variables\":{\"a\":{\"value\":1}}}"))).isEqualTo("variables");
    assertThat(JsonBodyFilter.duplicate(b("{\"variables\":{\"a\":{\"value\":1},\"b\":{\"value\":{\"a\":1}}}}"))).isNull();
    assertThat(JsonBodyFilter.duplicate(b("{\"variables\":"))).as("not JSON: the API answers").isNull();
  }

  @Test
  void aValueNotOfItsTypeIsNamed() {
    assertThat(JsonBodyFilter.typeProblem(b("{\"variables\":{\"participants\":{\"value\":\"abc\",\"type\":\"Integer\"}}}")))
        .isEqualTo("The value of 'participants' is not a whole number the type 'Integer' can hold. Nothing was changed.");
    assertThat(JsonBodyFilter.typeProblem(b("{\"variables\":{\"n\":{\"value\":70000,\"type\":\"Short\"}}}"))).contains("'n'");
    assertThat(JsonBodyFilter.typeProblem(b("{\"variables\":{\"title\":{\"value\":\"x\",\"type\":\"Nonsense\"}}}")))
        .isEqualTo("The value of 'title' has a type the API does not know ('Nonsense'). Nothing was changed.");
    assertThat(JsonBodyFilter.typeProblem(b("{\"variables\":{\"on\":{\"value\":\"2026-13-45T00:00:00.000+0000\",\"type\":\"Date\"}}}")))
        .contains("'on'", "a date and time");
    assertThat(JsonBodyFilter.typeProblem(b("{\"value\":\"maybe\",\"type\":\"Boolean\"}"))).contains("the variable", "true or false");
    assertThat(JsonBodyFilter.typeProblem(b("{\"modifications\":{\"x\":{\"value\":\"1e3\",\"type\":\"Double\"}}}"))).isNull();
  }

  @Test
  void whatTheTasklistAndTheModelerSendPasses() {
    assertThat(JsonBodyFilter.typeProblem(b("{\"variables\":{\"a\":{\"value\":\"x\",\"type\":\"String\"},\"b\":{\"value\":3,\"type\":\"Long\"},"
        + "\"c\":{\"value\":\"[\\\"y\\\"]\",\"type\":\"Json\"},\"d\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"e\":{\"value\":\"2027-01-16T00:00:00.000+0000\",\"type\":\"Date\"},\"f\":{\"value\":null,\"type\":\"Null\"},"
        + "\"g\":{\"value\":\"12\",\"type\":\"integer\"},\"h\":{\"value\":1.5}}}"))).isNull();
  }
}
