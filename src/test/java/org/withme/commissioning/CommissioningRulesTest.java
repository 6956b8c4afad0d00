package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.withme.forms.InvalidFormException;
import org.withme.participation.ConsultationFatigue;
import org.withme.participation.EvidenceRules;
import org.withme.participation.ExceptionRules;
import org.withme.participation.GateOutcome;
import org.withme.participation.GateVerdict;
import org.withme.participation.ParticipationRecords.Evidence;
import org.withme.participation.StageEvidenceRule;
import org.withme.participation.StageEvidenceRule.ApprovedException;

/** The commissioning cycle's rules as plain Java, without an engine. */
class CommissioningRulesTest {

  @Test
  void theGatePassesWithEvidence() {
    GateVerdict v = StageEvidenceRule.verdict("plan", 2, Optional.empty());
    assertThat(v.outcome()).isEqualTo(GateOutcome.PASSED_WITH_EVIDENCE);
    assertThat(v.reason()).contains("2 engagement evidence record(s)").contains("plan");
    assertThat(v.decidedBy()).isNull();
  }

  @Test
  void theGatePassesByAnExceptionApprovedBySomeoneElseWithAReason() {
    GateVerdict v = StageEvidenceRule.verdict("do", 0,
        Optional.of(new ApprovedException("cora", "hana", "Service closes next week.", "Heard last month.")));
    assertThat(v.outcome()).isEqualTo(GateOutcome.PASSED_BY_EXCEPTION);
    assertThat(v.decidedBy()).isEqualTo("hana");
    assertThat(v.reason()).contains("cora").contains("Service closes next week.").contains("Heard last month.");
  }

  @Test
  void theGateRefusesWithoutEvidenceOrAValidException() {
    assertThat(StageEvidenceRule.verdict("analyse", 0, Optional.empty()).outcome()).isEqualTo(GateOutcome.REFUSED);
    assertThat(StageEvidenceRule.verdict("analyse", 0,
        Optional.of(new ApprovedException("hana", "hana", "r", "self"))).outcome()).isEqualTo(GateOutcome.REFUSED);
    assertThat(StageEvidenceRule.verdict("analyse", 0,
        Optional.of(new ApprovedException("cora", "hana", "r", " "))).outcome()).isEqualTo(GateOutcome.REFUSED);
    assertThat(StageEvidenceRule.verdict("analyse", 0,
        Optional.of(new ApprovedException("cora", null, "r", "ok"))).outcome()).isEqualTo(GateOutcome.REFUSED);
    assertThat(StageEvidenceRule.verdict("review", 0, Optional.empty()).reason()).contains("review stage");
  }

  @Test
  void theRequesterCannotDecideTheirOwnException() {
    assertThatThrownBy(() -> ExceptionRules.checkDecider("Decide", "hana", "hana"))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("(exceptionDecision)").hasMessageContaining("may not decide");
    assertThatThrownBy(() -> ExceptionRules.checkDecider("Decide", "cora", null))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("claim the task");
    ExceptionRules.checkDecider("Decide", "cora", "hana");
  }

  @Test
  void consultationFatigueWarnsAboutTheSameCohortWithinTheWindowOnly() {
    LocalDate today = LocalDate.of(2027, 6, 30);
    List<Evidence> evidence = List.of(
        new Evidence("YC-2026", "analyse", LocalDate.of(2027, 2, 1), "workshop", 5, "11-15: 5", "young-carers", "x"),
        new Evidence("SB-2026", "plan", LocalDate.of(2027, 5, 1), "survey", 5, "11-15: 5", "disabled", "y"),
        new Evidence("OLD-2025", "plan", LocalDate.of(2026, 12, 1), "survey", 5, "11-15: 5", "young-carers", "z"));
    assertThat(ConsultationFatigue.warning("NEW", List.of("young-carers"), evidence, today, Period.ofMonths(6)))
        .get().asString().contains("YC-2026").doesNotContain("SB-2026").doesNotContain("OLD-2025");
    assertThat(ConsultationFatigue.warning("NEW", List.of("care-leavers"), evidence, today, Period.ofMonths(6))).isEmpty();
    assertThat(ConsultationFatigue.warning("YC-2026", List.of("young-carers"), evidence, today, Period.ofMonths(6)))
        .as("a programme's own engagement is no fatigue").isEmpty();
    assertThat(ConsultationFatigue.warning("NEW", List.of("all"), evidence, today, Period.ofMonths(12)))
        .get().asString().contains("YC-2026").contains("SB-2026").contains("OLD-2025");
  }

  @Test
  void theFatigueWarningNamesAFewProgrammesHoweverManyThereAre() {
    LocalDate today = LocalDate.of(2027, 6, 30);
    List<Evidence> evidence = java.util.stream.IntStream.range(0, 400)
        .mapToObj(i -> new Evidence("P-" + i, "plan", today.minusDays(i % 100), "survey", 5, "11-15: 5", "young-carers", "x"))
        .toList();
    String warning = ConsultationFatigue.warning("NEW", List.of("young-carers"), evidence, today, Period.ofMonths(6)).orElseThrow();
    assertThat(warning).contains("P-0", "P-4", "and 395 more").doesNotContain("P-5 ");
    assertThat(warning.length()).isLessThan(600);
  }

  @Test
  void feedbackIsDueInWorkingDays() {
    assertThat(WorkingDays.add(LocalDate.of(2027, 3, 1), 20)).isEqualTo(LocalDate.of(2027, 3, 29));
    assertThat(WorkingDays.add(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 8)); // Friday to Monday
    assertThat(WorkingDays.add(LocalDate.of(2027, 3, 6), 0)).isEqualTo(LocalDate.of(2027, 3, 6));
  }

  @Test
  void evidenceNeedsAtLeastOneYoungPerson() {
    Map<String, Integer> none = new LinkedHashMap<>(Map.of("participantsUnder11", 0, "participants11to15", 0,
        "participants16to18", 0, "participants19to25", 0));
    assertThat(EvidenceRules.problems(none)).singleElement().asString().contains("at least one young person");
    Map<String, Integer> some = new LinkedHashMap<>();
    some.put("participantsUnder11", 0);
    some.put("participants11to15", 4);
    some.put("participants16to18", 2);
    assertThat(EvidenceRules.problems(some)).isEmpty();
    assertThat(EvidenceRules.ageBands(some)).isEqualTo("11-15: 4, 16-18: 2");
  }

  @Test
  void evidenceNeedingConsentNeedsConsentRecorded() {
    assertThat(EvidenceRules.consentProblems("yes", null)).singleElement().asString()
        .startsWith("'Consent recorded' (consentRecorded): the plan says this engagement needs consent");
    assertThat(EvidenceRules.consentProblems("yes", "not-needed")).hasSize(1);
    assertThat(EvidenceRules.consentProblems("yes", "yes")).isEmpty();
    assertThat(EvidenceRules.consentProblems("no", null)).isEmpty();
    assertThat(EvidenceRules.consentProblems(null, null)).as("a plan from before consent was asked").isEmpty();
  }

  @Test
  void everyConsiderationIsAnswered() {
    List<String> considerations = List.of("Environment and sustainability", "Safeguarding");
    assertThat(ConsiderationRules.numbered(considerations)).isEqualTo("1. Environment and sustainability\n2. Safeguarding");
    assertThat(ConsiderationRules.problems(considerations, "Bus routes\n\n")).singleElement().asString()
        .contains("(considerationAnswers)").contains("1 answered");
    assertThat(ConsiderationRules.problems(considerations, "Bus routes\nDBS checks")).isEmpty();
  }

  @Test
  void theYoungPersonsSeatIsWatched() {
    assertThat(SeatRule.emptyInARow(0, false)).isEqualTo(1);
    assertThat(SeatRule.emptyInARow(1, false)).isEqualTo(2);
    assertThat(SeatRule.emptyInARow(2, true)).isZero();
    assertThat(SeatRule.warning(1)).isEmpty();
    assertThat(SeatRule.warning(2)).get().asString().contains("empty at the last 2");
  }

  @Test
  void aFilledSeatNeedsTheYoungPersonsAgeBandAndWhatTheySaid() {
    assertThat(SeatRule.seatProblems("participants16to18", "The evening sessions are too short.")).isEmpty();
    assertThat(SeatRule.seatProblems(null, "The evening sessions are too short.")).singleElement().asString()
        .contains("(seatAgeBand)");
    assertThat(SeatRule.seatProblems("1990-01-01", "The evening sessions are too short.")).singleElement().asString()
        .contains("choose an age band");
    assertThat(SeatRule.seatProblems("participants11to15", "ok")).singleElement().asString().contains("(seatWhatTheySaid)");
  }
}
