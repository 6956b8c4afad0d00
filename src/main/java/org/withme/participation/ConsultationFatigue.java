package org.withme.participation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.withme.participation.ParticipationRecords.Evidence;

/**
 * Consultation fatigue: the same cohort was engaged on the same service area by another programme
 * within the window. Cohorts match when their groups overlap or either is "all".
 */
public final class ConsultationFatigue {

  /** The warning names at most this many programmes, so it stays short however many there are. */
  public static final int NAMED = 5;

  private ConsultationFatigue() {}

  public static Optional<String> warning(String ownProgramme, List<String> cohortGroups, List<Evidence> serviceAreaEvidence,
      LocalDate today, Period window) {
    LocalDate since = today.minus(window);
    List<Evidence> recent = serviceAreaEvidence.stream()
        .filter(e -> !e.programmeReference().equals(ownProgramme))
        .filter(e -> !e.engagedOn().isBefore(since))
        .filter(e -> sameCohort(cohortGroups, e.groups()))
        .toList();
    if (recent.isEmpty()) {
      return Optional.empty();
    }
    List<String> programmes = recent.stream().map(e -> e.programmeReference() + " (" + e.stage() + ", " + e.engagedOn() + ")")
        .distinct().toList();
    String where = programmes.stream().limit(NAMED).collect(Collectors.joining(", "))
        + (programmes.size() > NAMED ? " and " + (programmes.size() - NAMED) + " more" : "");
    return Optional.of("Consultation fatigue: the same young people were already asked about this service area since "
        + since + " by " + where + ". Use what they said before asking again.");
  }

  static boolean sameCohort(List<String> cohortGroups, String evidenceGroups) {
    Set<String> ours = Set.copyOf(cohortGroups);
    List<String> theirs = evidenceGroups == null || evidenceGroups.isBlank() ? List.of()
        : List.of(evidenceGroups.split("\\s*,\\s*"));
    if (ours.contains("all") || theirs.contains("all")) {
      return true;
    }
    return theirs.stream().anyMatch(ours::contains);
  }
}
