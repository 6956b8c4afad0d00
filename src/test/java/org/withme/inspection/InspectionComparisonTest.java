package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectionComparisonTest {

  static final List<String> QUESTIONS = List.of("Safe?", "A say?", "Easy to reach?", "Listened to?");

  @Test
  void aDifferenceOfTwoOrMoreIsAGapOnAFivePointScale() {
    var rows = InspectionComparison.compare(QUESTIONS, Map.of(1, 4, 2, 2, 3, 5, 4, 1), Map.of(1, 5, 2, 4, 3, 5, 4, 5), 2);
    assertThat(rows).extracting(InspectionComparison.Row::difference).containsExactly(1, 2, 0, 4);
    assertThat(rows).extracting(InspectionComparison.Row::gap).containsExactly(false, true, false, true);
    assertThat(InspectionComparison.gapCount(rows)).isEqualTo(2);
  }

  @Test
  void theThresholdIsConfigurable() {
    var rows = InspectionComparison.compare(QUESTIONS, Map.of(1, 4, 2, 2, 3, 5, 4, 1), Map.of(1, 5, 2, 4, 3, 5, 4, 5), 3);
    assertThat(rows).extracting(InspectionComparison.Row::gap).containsExactly(false, false, false, true);
    assertThatThrownBy(() -> InspectionComparison.compare(QUESTIONS, Map.of(), Map.of(), 0))
        .hasMessageContaining("gap-threshold");
  }

  @Test
  void aMissingScoreIsNamed() {
    assertThatThrownBy(() -> InspectionComparison.compare(List.of("Safe?"), Map.of(1, 3), Map.of(), 2))
        .hasMessage("Question 1 has no score from the manager");
  }

  @Test
  void theSideBySideViewMarksTheGaps() {
    var rows = InspectionComparison.compare(List.of("Safe?", "A say?"), Map.of(1, 4, 2, 2), Map.of(1, 4, 2, 5), 2);
    String text = InspectionComparison.sideBySide(rows, 5);
    assertThat(text).contains("     1. Safe? | Young Inspectors 4/5 | Manager 4/5 | difference 0")
        .contains("GAP  2. A say? | Young Inspectors 2/5 | Manager 5/5 | difference 3")
        .endsWith("1 question shows a gap between the two views.");
    assertThat(InspectionComparison.sideBySide(rows.subList(0, 1), 5)).endsWith("No gaps: the two views agree within the threshold.");
  }

  @Test
  void theCombinedViewIsTheMeanRoundedHalfUpWithEachInspectorNamed() {
    var isla = Map.of(1, new InspectionComparison.Answer(4, "Staff said hello"), 2, new InspectionComparison.Answer(2, null));
    var ivo = Map.of(1, new InspectionComparison.Answer(3, " Felt safe "), 2, new InspectionComparison.Answer(2, ""));
    var byInspector = new java.util.LinkedHashMap<String, Map<Integer, InspectionComparison.Answer>>();
    byInspector.put("isla", isla);
    byInspector.put("ivo", ivo);
    var combined = InspectionComparison.combine(2, byInspector, Map.of("isla", "Isla", "ivo", "Ivo"));
    assertThat(combined.get(1).score()).as("4 and 3 give 3.5, rounded up").isEqualTo(4);
    assertThat(combined.get(2).score()).isEqualTo(2);
    assertThat(combined.get(1).comments()).isEqualTo("Isla: Staff said hello\nIvo: Felt safe");
    assertThat(combined.get(2).comments()).isEmpty();
    assertThat(combined.get(1).scores()).isEqualTo("Isla 4, Ivo 3");
  }

  @Test
  void aCombinedViewNeedsEveryInspectorsAnswerToEveryQuestion() {
    var byInspector = Map.<String, Map<Integer, InspectionComparison.Answer>>of("isla",
        Map.of(1, new InspectionComparison.Answer(4, null)));
    assertThatThrownBy(() -> InspectionComparison.combine(2, byInspector, Map.of("isla", "Isla")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Question 2 has no score from Isla");
    assertThatThrownBy(() -> InspectionComparison.combine(2, Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No Young Inspector has recorded findings");
  }
}
