package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tender's rules without an engine. */
class TenderRulesTest {

  static Question q(String id, String weight, String author) {
    return new Question(id, "A question of some length", new BigDecimal(weight), author, "panel");
  }

  static PanelMember young(String id, String band, boolean consent) {
    return new PanelMember(id, true, band, consent, true, true, "Sam Adult", true, "Cinema vouchers");
  }

  @Test
  void weightsMustTotalOneHundred() {
    assertThat(TenderRules.questionProblems(List.of(q("Q1", "40", "young"), q("Q2", "60", "officers")), 1)).isEmpty();
    assertThat(TenderRules.questionProblems(List.of(q("Q1", "40", "young"), q("Q2", "55", "officers")), 1))
        .containsExactly("'Weight %' (weight) of the questions must total 100, not 95");
  }

  @Test
  void youngPeopleMustOwnEnoughQuestions() {
    assertThat(TenderRules.questionProblems(List.of(q("Q1", "100", "officers")), 1))
        .anyMatch(p -> p.contains("(author)") && p.contains("at least 1"));
  }

  @Test
  void youngShareOfTheWholeMark() {
    assertThat(TenderRules.youngWeightShare(List.of(q("Q1", "40", "young"), q("Q2", "60", "officers")), 70))
        .isEqualByComparingTo("28.00");
  }

  @Test
  void panelNeedsEnoughSafeguardedYoungPanellists() {
    assertThat(TenderRules.panelProblems(List.of(young("yasmin", "16-17", true), young("kai", "18-25", false)), 2, 18))
        .isEmpty();
    assertThat(TenderRules.panelProblems(List.of(young("yasmin", "16-17", true)), 2, 18))
        .containsExactly("'Young panellist' (panel.young): at least 2 young panellists are needed, not 1");
    assertThat(TenderRules.panelProblems(List.of(young("yasmin", "16-17", false), young("kai", "14-15", true)), 2, 18))
        .containsExactly("'Consent of a parent or guardian' (panel[0].parentalConsent) is missing for yasmin, who is under 18");
    assertThat(TenderRules.panelProblems(List.of(young("yasmin", "16-17", false), young("kai", "14-15", true)), 2, 16))
        .isEmpty();
    assertThat(TenderRules.panelProblems(List.of(
        new PanelMember("kai", true, "16-17", true, false, false, "", false, ""), young("yasmin", "18-25", false)), 2, 18))
        .hasSize(5);
  }

  @Test
  void scoresFromZeroToFiveWithAReason() {
    assertThat(TenderRules.scoreProblems(List.of(new ScoreRow("A", "Q1", 5, "Clear plan"), new ScoreRow("A", "Q2", "0", "None")))).isEmpty();
    assertThat(TenderRules.scoreProblems(List.of(new ScoreRow("A", "Q1", 6, "Great"))))
        .containsExactly("'Score' (scoreSheet[0].score) for A, question Q1 must be a whole number from 0 to 5, not '6'");
    assertThat(TenderRules.scoreProblems(List.of(new ScoreRow("A", "Q1", 3, " "))))
        .containsExactly("'Reason' (scoreSheet[0].reason) for A, question Q1 is required");
    assertThat(TenderRules.scoreProblems(List.of(new ScoreRow("A", "Q1", 2.5, "Half")))).hasSize(1);
  }

  @Test
  void aConsensusFarFromThePanelNeedsAReason() {
    assertThat(TenderRules.moderationProblems(0, "A, Q1", 4, "Agreed", null, 3, 4, 1)).isEmpty();
    assertThat(TenderRules.moderationProblems(0, "A, Q1", 5, "Agreed", null, 3, 4, 1)).isEmpty();
    assertThat(TenderRules.moderationProblems(0, "A, Q1", 5, "Agreed", null, 1, 2, 1))
        .singleElement().asString().contains("(moderationSheet[0].departureReason)");
    assertThat(TenderRules.moderationProblems(0, "A, Q1", 5, "Agreed", "Interview showed more", 1, 2, 1)).isEmpty();
    assertThat(TenderRules.moderationProblems(0, "A, Q1", 3, "", null, 3, 3, 1))
        .singleElement().asString().contains("(moderationSheet[0].rationale)");
  }
}
