package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectionRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static YoungInspector inspector(String id, String name, int age, LocalDate trained) {
    return new YoungInspector(id, name, AgeBand.forAge(age), trained,
        InspectionRules.refresherDue(trained, Period.ofYears(1)), true);
  }

  @Test
  void refresherFallsDueAYearAfterTheLastTraining() {
    assertThat(InspectionRules.refresherDue(LocalDate.of(2026, 3, 1), Period.ofYears(1))).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void anInspectorWhoseTrainingLapsedCannotBeAssignedAndIsNamed() {
    Map<String, YoungInspector> pool = new LinkedHashMap<>();
    pool.put("isla", inspector("isla", "Isla", 16, TODAY.minusMonths(3)));
    pool.put("rory", inspector("rory", "Rory", 17, TODAY.minusYears(1).minusDays(1)));

    assertThat(InspectionRules.assignmentProblems(List.of("isla"), pool, TODAY)).isEmpty();
    assertThat(InspectionRules.assignmentProblems(List.of("isla", "rory"), pool, TODAY)).singleElement().asString()
        .contains("(inspectorsAssigned)").contains("Rory (rory) cannot be assigned").contains("lapsed on 2026-11-22");
    // the last day of the year still counts
    pool.put("rory", inspector("rory", "Rory", 17, TODAY.minusYears(1)));
    assertThat(InspectionRules.assignmentProblems(List.of("rory"), pool, TODAY)).isEmpty();
  }

  @Test
  void nobodyOrSomeoneOutsideThePoolIsRefused() {
    Map<String, YoungInspector> pool = Map.of("isla", inspector("isla", "Isla", 16, TODAY));
    assertThat(InspectionRules.assignmentProblems(List.of(), pool, TODAY)).singleElement().asString().contains("at least one");
    assertThat(InspectionRules.assignmentProblems(List.of("zed"), pool, TODAY)).singleElement().asString()
        .contains("'zed' is not in the pool");
  }

  @Test
  void inspectorsUnderTheConsentAgeNeedConsentAndEveryVisitASupportingAdult() {
    List<YoungInspector> team = List.of(inspector("isla", "Isla", 16, TODAY), inspector("ben", "Ben", 19, TODAY));
    LocalDate visit = TODAY.plusDays(7);
    assertThat(InspectionRules.safeguardingProblems(team, visit, 18, true, "Jo")).isEmpty();
    assertThat(InspectionRules.safeguardingProblems(team, visit, 18, false, "Jo")).singleElement().asString()
        .contains("(parentalConsentConfirmed)").contains("Isla").doesNotContain("Ben");
    assertThat(InspectionRules.safeguardingProblems(team, visit, 16, false, "Jo")).isEmpty();
    assertThat(InspectionRules.safeguardingProblems(team, visit, 18, true, " ")).singleElement().asString()
        .contains("(supportingAdult) is required");
  }

  @Test
  void aVisitAfterTheTrainingLapsesIsRefused() {
    List<YoungInspector> team = List.of(inspector("isla", "Isla", 19, TODAY.minusMonths(11).minusDays(25)));
    assertThat(InspectionRules.safeguardingProblems(team, TODAY.plusDays(7), 18, false, "Jo")).singleElement().asString()
        .contains("(visitDate)").contains("Isla's training lapses");
  }

  @Test
  void theToolNeedsThreeQuestionsInOrder() {
    assertThat(InspectionRules.toolProblems(Arrays.asList("a", "b", "c", null, null, null))).isEmpty();
    assertThat(InspectionRules.toolProblems(Arrays.asList("a", "b", null, null, null, null))).singleElement().asString()
        .contains("at least 3 questions");
    assertThat(InspectionRules.toolProblems(Arrays.asList("a", "b", "c", null, "e", null))).singleElement().asString()
        .contains("(toolQuestion5)");
  }

  @Test
  void scoresMustBeWholeNumbersOnTheScale() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("inspectorScore1", 1L);
    v.put("inspectorScore2", 5);
    v.put("inspectorScore3", "4");
    assertThat(InspectionRules.scoreProblems("Your score for question", "inspectorScore", 3, 5, v::get)).isEmpty();
    v.put("inspectorScore2", 6L);
    v.put("inspectorScore3", 0L);
    assertThat(InspectionRules.scoreProblems("Your score for question", "inspectorScore", 3, 5, v::get))
        .containsExactly("'Your score for question 2' (inspectorScore2) must be on the scale from 1 to 5, not 6",
            "'Your score for question 3' (inspectorScore3) must be on the scale from 1 to 5, not 0");
    v.put("inspectorScore2", 2.5);
    v.remove("inspectorScore3");
    assertThat(InspectionRules.scoreProblems("Your score for question", "inspectorScore", 3, 5, v::get))
        .containsExactly("'Your score for question 2' (inspectorScore2) must be a whole number from 1 to 5, not '2.5'",
            "'Your score for question 3' (inspectorScore3) is required");
    v.put("inspectorScore2", 9L);
    v.put("inspectorScore3", 10L);
    assertThat(InspectionRules.scoreProblems("Your score for question", "inspectorScore", 3, 10, v::get)).isEmpty();
  }

  @Test
  void everyRecommendationIsAcceptedWithActionAndDateOrDeclinedWithAReason() {
    var ok = List.of(
        new InspectionRules.Response(1, "accepted", "Add a youth forum", "2027-01-31", null),
        new InspectionRules.Response(2, "declined", null, null, "The building lease ends in March."));
    assertThat(InspectionRules.responseProblems(ok, TODAY)).isEmpty();

    var bad = List.of(
        new InspectionRules.Response(1, null, null, null, null),
        new InspectionRules.Response(2, "accepted", " ", "2026-01-01", null),
        new InspectionRules.Response(3, "declined", null, null, "no"),
        new InspectionRules.Response(4, "maybe", null, null, null));
    assertThat(InspectionRules.responseProblems(bad, TODAY)).containsExactly(
        "'Provider's answer to recommendation 1' (providerAnswer1) is required: accepted or declined",
        "'Action the provider will take' (providerAction2) is required when recommendation 2 is accepted",
        "'Action done by' (providerActionDate2) cannot be in the past",
        "'Why the provider declined' (providerDeclineReason3) needs a reason of at least 10 characters",
        "'Provider's answer to recommendation 4' (providerAnswer4) must be accepted or declined, not 'maybe'");
  }

  @Test
  void theInspectionCannotCloseWithARecommendationUnanswered() {
    Map<Integer, String> responses = new LinkedHashMap<>();
    responses.put(1, "accepted");
    responses.put(2, null);
    assertThat(InspectionRules.closeProblems(responses)).singleElement().asString()
        .isEqualTo("Recommendation 2 (providerAnswer2) has no answer from the provider");
    responses.put(2, "declined");
    assertThat(InspectionRules.closeProblems(responses)).isEmpty();
  }
}
