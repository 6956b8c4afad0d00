package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SubmittedListTypeFilterTest {

  private static String retyped(String body) {
    byte[] result = SubmittedListTypeFilter.retyped(body.getBytes(StandardCharsets.UTF_8));
    return result == null ? null : new String(result, StandardCharsets.UTF_8);
  }

  @Test
  void aListSentWithTheTypeOfAnEmptyLocalVariableIsSentAsJson() {
    // what the Tasklist sends for "Record the panel": the list with the type 'Null' it read
    assertThat(retyped("{\"variables\":{\"panel\":{\"type\":\"Null\",\"valueInfo\":{},\"value\":\"[{\\\"userId\\\":\\\"kai\\\"}]\"},"
        + "\"panelChosenHow\":{\"value\":\"A vote\"}}}"))
        .isEqualTo("{\"variables\":{\"panel\":{\"type\":\"Json\",\"value\":\"[{\\\"userId\\\":\\\"kai\\\"}]\"},"
            + "\"panelChosenHow\":{\"value\":\"A vote\"}}}");
  }

  @Test
  void everythingElseIsLeftAsSent() {
    assertThat(retyped("{\"variables\":{\"panel\":{\"type\":\"Json\",\"value\":\"[]\"}}}")).isNull();
    assertThat(retyped("{\"variables\":{\"note\":{\"type\":\"Null\",\"value\":\"not a list\"}}}")).isNull();
    assertThat(retyped("{\"variables\":{\"note\":{\"type\":\"Null\",\"value\":null}}}")).isNull();
    assertThat(retyped("{\"businessKey\":\"X\"}")).isNull();
    assertThat(retyped("not json")).isNull();
  }

  @Test
  void onlySubmissionsAreFiltered() {
    assertThat(SubmittedListTypeFilter.SUBMISSION.matcher("/camunda/api/engine/engine/default/task/abc/submit-form").matches()).isTrue();
    assertThat(SubmittedListTypeFilter.SUBMISSION.matcher("/engine-rest/task/abc/complete").matches()).isTrue();
    assertThat(SubmittedListTypeFilter.SUBMISSION.matcher("/engine-rest/process-definition/key/tender-evaluation/submit-form").matches()).isTrue();
    assertThat(SubmittedListTypeFilter.SUBMISSION.matcher("/engine-rest/task/abc").matches()).isFalse();
    assertThat(SubmittedListTypeFilter.SUBMISSION.matcher("/engine-rest/task/abc/variables/panel").matches()).isFalse();
  }
}
