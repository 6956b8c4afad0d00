package org.withme.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.withme.integrity.StageEntryRule.Previous;

/** Where a token may enter a stage, from the records, without an engine. */
class StageEntryRuleTest {

  @ParameterizedTest(name = "{0} after {1} (gate passed: {2}) allowed: {3}")
  @CsvSource({
      "plan,analyse,true,true", "plan,analyse,false,false",
      "do,plan,true,true", "do,review,true,true", "do,plan,false,false", "do,analyse,true,false",
      "review,do,true,true", "review,do,false,false", "review,plan,true,false", "review,analyse,true,false",
      "next-step,review,true,true", "next-step,review,false,false", "next-step,do,true,false",
      "analyse,review,true,true", "analyse,plan,false,true",
      // back to the same or an earlier stage: its gates come again
      "plan,plan,false,true", "plan,do,false,true", "plan,review,false,true", "do,do,false,true",
      "review,review,false,true"})
  void entryFollowsThePassedGateOfTheStageBeforeOrGoesBack(String entering, String previous, boolean passed, boolean allowed) {
    assertThat(StageEntryRule.refusal(entering, "P-1", true, Optional.of(new Previous(previous, passed))).isEmpty())
        .isEqualTo(allowed);
  }

  @Test
  void theFirstStageNeedsTheProgrammeRecordAndNothingBefore() {
    assertThat(StageEntryRule.refusal("analyse", "P-1", true, Optional.empty())).isEmpty();
    assertThat(StageEntryRule.refusal("analyse", "P-1", false, Optional.empty())).contains(
        "The Analyse stage of programme P-1 cannot start: the programme was never registered (no programme record)."
            + " A programme starts with its start form, which registers it.");
    assertThat(StageEntryRule.refusal("plan", "P-1", true, Optional.empty())).contains(
        "The Plan stage of programme P-1 cannot start: the Analyse stage's participation gate has not passed."
            + " On record: no stage yet. Work moves on only through the stage's tasks and its gate.");
  }

  @Test
  void theDoStageNamesBothWaysIn() {
    assertThat(StageEntryRule.refusal("do", "P-2", true, Optional.of(new Previous("plan", false)))).contains(
        "The Do stage of programme P-2 cannot start: the Plan stage's or the Review stage's participation gate has"
            + " not passed. On record: the Plan stage, its gate not passed. Work moves on only through the stage's"
            + " tasks and its gate.");
  }
}
