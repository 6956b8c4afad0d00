package org.withme.commissioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.withme.participation.HartLadder;

/** What a programme must promise and contain before it starts. Plain Java, tested without an engine. */
public final class ProgrammeRules {

  public static final Set<String> LUNDY_ELEMENTS = Set.of("space", "voice", "audience", "influence");

  private ProgrammeRules() {}

  public static List<String> problems(Programme p) {
    List<String> problems = new ArrayList<>();
    if (p.reference() == null || !p.reference().matches("[A-Z0-9][A-Z0-9-]{2,39}")) {
      problems.add("Programme reference (programmeReference) must be 3 to 40 capital letters, digits or dashes");
    }
    if (p.cohortAgeFrom() < 0 || p.cohortAgeTo() > 25 || p.cohortAgeFrom() > p.cohortAgeTo()) {
      problems.add("Cohort age range (cohortAgeFrom, cohortAgeTo) must run from 0 to 25, youngest first");
    }
    if (p.estimatedValue() != null && p.estimatedValue().signum() < 0) {
      problems.add("Estimated contract value (estimatedValue) cannot be negative");
    }
    HartLadder.refusal(p.influenceRung()).ifPresent(problems::add);
    if (p.lundyElements() == null || p.lundyElements().isEmpty()) {
      problems.add("Lundy elements (lundyElements): commit to at least one of Space, Voice, Audience, Influence");
    } else if (!LUNDY_ELEMENTS.containsAll(p.lundyElements())) {
      problems.add("Lundy elements (lundyElements) are Space, Voice, Audience and Influence only");
    }
    return problems;
  }
}
