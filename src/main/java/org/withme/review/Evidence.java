package org.withme.review;

import java.util.List;
import java.util.Map;

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
 */
public record Evidence(int year, String periodFrom, String periodTo, int programmesRun, int stagesWithEvidence,
    int stagesByException, int stagesRefused,
    List<String> exceptionReasons, int feedbackOnTime, int feedbackLate, int feedbackOutstanding,
    List<TenderPanel> tenders, int inspectionsDone, int lastYearActionsDone, int lastYearActionsOpen) {

  public record TenderPanel(String reference, int youngPanellists, Double youngWeightShare) {}

  /** Share of stage gates passed with young people's evidence, in whole per cent (0 when none). */
  public int evidenceSharePercent() {
    int passed = stagesWithEvidence + stagesByException;
    return passed == 0 ? 0 : Math.round(100f * stagesWithEvidence / passed);
  }

  public String summary() {
    return String.join("\n",
        "Period: " + periodFrom + " to " + periodTo,
        "Programmes run: " + programmesRun,
        "Stages closed with young people's evidence: " + stagesWithEvidence + ", by exception: " + stagesByException
            + " (" + evidenceSharePercent() + "% with evidence), refused: " + stagesRefused,
        "Feedback sent on time: " + feedbackOnTime + ", late: " + feedbackLate + ", not sent: " + feedbackOutstanding,
        "Tenders: " + tenders.size() + ", young panellists: " + tenders.stream().mapToInt(TenderPanel::youngPanellists).sum(),
        "Inspections done: " + inspectionsDone,
        "Last year's actions done: " + lastYearActionsDone + ", not done: " + lastYearActionsOpen);
  }

  Map<String, Object> asMap() {
    return Map.of("year", year, "programmesRun", programmesRun, "stagesWithEvidence", stagesWithEvidence,
        "stagesByException", stagesByException, "stagesRefused", stagesRefused, "exceptionReasons", exceptionReasons,
        "feedbackOnTime", feedbackOnTime, "feedbackLate", feedbackLate, "feedbackOutstanding", feedbackOutstanding,
        "inspectionsDone", inspectionsDone);
  }
}
