package org.withme.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.withme.forms.DatesInWords;

/**
 * The figures of one review, computed from WithMe's own records of its period: the twelve months
 * before the day the review started.
 *
 * @param periodFrom first day of the review period (ISO date)
 * @param periodTo last day of the review period (ISO date), the day before the review started
 * @param stagesWithEvidence stage gates passed with young people's evidence
 * @param stagesByException stage gates passed by an agreed exception
 * @param stagesRefused stage gates refused
 * @param exceptionReasons the reasons given for the exceptions
 * @param feedbackOnTime "you said, we did" feedback sent by its due date
 * @param feedbackLate feedback sent after its due date
 * @param feedbackOutstanding feedback due in the year and not sent
 * @param tenders per tender reference: young panellists and the young people's share of the weight (%)
 * @param lastYearActionsDone last year's actions recorded as done
 * @param lastYearActionsOpen last year's actions not done
 * @param representation per group of the programmes' cohorts: in how many stages closed with evidence
 *     young people of that group were in the stage's participation records
 * @param youngPeopleTookPart young people counted in the period's participation records
 * @param parentsCarersTookPart parents, carers and family members counted in them (apart from young people)
 */
public record Evidence(int year, String periodFrom, String periodTo, int programmesRun, int stagesWithEvidence,
    int stagesByException, int stagesRefused,
    List<String> exceptionReasons, int feedbackOnTime, int feedbackLate, int feedbackOutstanding,
    List<TenderPanel> tenders, int inspectionsDone, int lastYearActionsDone, int lastYearActionsOpen,
    List<GroupRepresentation> representation, int youngPeopleTookPart, int parentsCarersTookPart) {

  public record TenderPanel(String reference, int youngPanellists, Double youngWeightShare) {}

  /** A cohort group: stages (closed with evidence, of programmes whose cohort includes it) in which it took part. */
  public record GroupRepresentation(String group, String label, int stagesRepresented, int stages) {
    public int percent() {
      return stages == 0 ? 0 : Math.round(100f * stagesRepresented / stages);
    }
  }

  /** Share of stage gates passed with young people's evidence, in whole per cent (0 when none). */
  public int evidenceSharePercent() {
    int passed = stagesWithEvidence + stagesByException;
    return passed == 0 ? 0 : Math.round(100f * stagesWithEvidence / passed);
  }

  /** The period in words, as people read it: "1 April 2026 to 31 March 2027". */
  public String periodInWords() {
    return DatesInWords.day(LocalDate.parse(periodFrom)) + " to " + DatesInWords.day(LocalDate.parse(periodTo));
  }

  public String summary() {
    return String.join("\n",
        "Period: " + periodInWords(),
        "Programmes run: " + programmesRun,
        "Stages closed with young people's evidence: " + stagesWithEvidence + ", by exception: " + stagesByException
            + " (" + evidenceSharePercent() + "% with evidence), refused: " + stagesRefused,
        "Feedback sent on time: " + feedbackOnTime + ", late: " + feedbackLate + ", not sent: " + feedbackOutstanding,
        "Tenders: " + tenders.size() + ", young panellists: " + tenders.stream().mapToInt(TenderPanel::youngPanellists).sum(),
        "Inspections done: " + inspectionsDone,
        "Cohort groups represented (stages with the group's young people / stages): " + (representation.isEmpty() ? "none"
            : String.join(", ", representation.stream().map(r -> r.label() + " " + r.stagesRepresented() + " of " + r.stages()).toList())),
        "Took part: " + youngPeopleTookPart + " young people, and apart from them " + parentsCarersTookPart
            + " parents, carers or family members",
        "Last year's actions done: " + lastYearActionsDone + ", not done: " + lastYearActionsOpen);
  }

  Map<String, Object> asMap() {
    return Map.of("year", year, "programmesRun", programmesRun, "stagesWithEvidence", stagesWithEvidence,
        "stagesByException", stagesByException, "stagesRefused", stagesRefused, "exceptionReasons", exceptionReasons,
        "feedbackOnTime", feedbackOnTime, "feedbackLate", feedbackLate, "feedbackOutstanding", feedbackOutstanding,
        "inspectionsDone", inspectionsDone);
  }
}
