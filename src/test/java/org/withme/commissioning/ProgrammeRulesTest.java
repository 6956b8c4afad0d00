package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {

  private static Programme programme(int rung, List<String> lundy, int from, int to) {
    return new Programme("YC-2027", "Young carers", "young-carers", from, to, List.of("young-carers"),
        BigDecimal.TEN, rung, lundy);
  }

  @Test
  void realParticipationIsAccepted() {
    for (int rung = 4; rung <= 8; rung++) {
      assertThat(ProgrammeRules.problems(programme(rung, List.of("voice"), 8, 18))).as("rung " + rung).isEmpty();
    }
  }

  @Test
  void manipulationDecorationAndTokenismAreRefusedWithTheirMeaning() {
    assertThat(ProgrammeRules.problems(programme(1, List.of("voice"), 8, 18))).singleElement().asString()
        .contains("Manipulation").contains("not participation");
    assertThat(ProgrammeRules.problems(programme(2, List.of("voice"), 8, 18))).singleElement().asString()
        .contains("Decoration");
    assertThat(ProgrammeRules.problems(programme(3, List.of("voice"), 8, 18))).singleElement().asString()
        .contains("Tokenism");
    assertThat(ProgrammeRules.problems(programme(9, List.of("voice"), 8, 18))).singleElement().asString()
        .contains("from 1 to 8");
  }

  @Test
  void lundyAgeRangeAndReferenceAreChecked() {
    assertThat(ProgrammeRules.problems(programme(5, List.of(), 8, 18))).singleElement().asString().contains("lundyElements");
    assertThat(ProgrammeRules.problems(programme(5, List.of("shouting"), 8, 18))).singleElement().asString().contains("lundyElements");
    assertThat(ProgrammeRules.problems(programme(5, List.of("voice"), 18, 8))).singleElement().asString().contains("cohortAgeFrom");
    assertThat(ProgrammeRules.problems(new Programme("yc 2027", "t", "a", 8, 18, List.of(), null, 5, List.of("voice"))))
        .singleElement().asString().contains("programmeReference");
  }
}
