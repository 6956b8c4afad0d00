package org.withme.commissioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.withme.forms.InvalidFormException;
import org.withme.forms.Values;
import org.withme.participation.EvidenceRules;
import org.withme.participation.ParticipationRecords;
import org.withme.participation.StageEntries;

/**
 * Listeners at the end of stage tasks that keep a WithMe record. Each returns quietly when a
 * required value is missing: the form validation that runs next names the field and rolls back.
 */
@Configuration(proxyBeanMethods = false)
public class StageRecordListeners {

  static LocalDate date(Object value, String task, String label, String key) {
    return Values.asDate(value).orElseThrow(() ->
        new InvalidFormException("The form of '" + task + "'", List.of(Values.notADate(label, key))));
  }

  static int number(Object value) {
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
  }

  static String user() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  /**
   * Young people's review of the specification: kept as the review, and, when young people took part, as
   * a participation record of the stage (counts per age band and their groups, what they changed) that the
   * stage's gate counts, so their work is not entered again as an engagement.
   */
  @Bean("recordSpecificationReview")
  ExecutionListener recordSpecificationReview(CommissioningRecords records, ParticipationRecords participation,
      StageEntries stages) {
    return (DelegateExecution e) -> {
      Object on = e.getVariable("specReviewDate");
      Object changed = e.getVariable("whatYoungPeopleChanged");
      if (on == null || changed == null) {
        return;
      }
      String task = "Young people review the specification";
      LocalDate day = date(on, task, "Date of the session", "specReviewDate");
      String programme = e.getProcessBusinessKey();
      String by = user();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      records.specificationReview(programme, day, changed.toString(), by, now);
      Map<String, Integer> perBand = EvidenceRules.perBand(e::getVariable);
      int young = perBand.values().stream().mapToInt(Integer::intValue).sum();
      if (young > 0) {
        // the stage from the stage-entry record, not from a variable a submission could write
        String stage = stages.stageOf(e.getProcessInstanceId(), "plan");
        participation.insertEvidence(programme, (String) e.getVariable("serviceArea"), stage, day, SPECIFICATION_REVIEW,
            young, 0, EvidenceRules.ageBands(perBand), String.join(",", Values.asList(e.getVariable("groupsRepresented"))),
            changed.toString(), false, by, now);
      }
    };
  }

  /** The method a specification review's participation record names. */
  static final String SPECIFICATION_REVIEW = "Specification review by young people";

  /**
   * A contract monitoring meeting: kept with whether the young person's seat was filled. A filled seat is
   * young people taking part in the stage: a participation record (one young person, their age band, what
   * they said) that the stage's gate counts.
   */
  @Bean("recordMonitoringMeeting")
  ExecutionListener recordMonitoringMeeting(CommissioningRecords records, ParticipationRecords participation,
      StageEntries stages) {
    return (DelegateExecution e) -> {
      Object on = e.getVariable("monitoringMeetingDate");
      Object seat = e.getVariable("youngPersonAttended");
      Object notes = e.getVariable("monitoringNotes");
      if (on == null || seat == null || notes == null) {
        return;
      }
      String task = "Hold a contract monitoring meeting with the young person's seat";
      boolean attended = "yes".equals(seat);
      Object band = e.getVariable("seatAgeBand");
      Object said = e.getVariable("seatWhatTheySaid");
      if (attended) {
        List<String> problems = SeatRule.seatProblems(band, said);
        if (!problems.isEmpty()) {
          throw new InvalidFormException("The form of '" + task + "'", problems);
        }
      }
      LocalDate day = date(on, task, "Date of the meeting", "monitoringMeetingDate");
      String programme = e.getProcessBusinessKey();
      String by = user();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      records.monitoringMeeting(programme, day, attended, notes.toString(), by, now);
      if (attended) {
        String stage = stages.stageOf(e.getProcessInstanceId(), "review");
        Map<String, Integer> perBand = new java.util.LinkedHashMap<>();
        EvidenceRules.AGE_BANDS.keySet().forEach(k -> perBand.put(k, k.equals(band) ? 1 : 0));
        participation.insertEvidence(programme, (String) e.getVariable("serviceArea"), stage, day, SeatRule.METHOD, 1, 0,
            EvidenceRules.ageBands(perBand), "", said.toString(), false, by, now);
      }
      Object before = e.getVariable("emptySeatsInARow");
      int empty = SeatRule.emptyInARow(before == null ? 0 : number(before), attended);
      e.setVariable("emptySeatsInARow", empty);
      e.setVariable("youngPersonSeatWarning", SeatRule.warning(empty).orElse(""));
    };
  }

  @Bean("recordEngagementEvaluation")
  ExecutionListener recordEngagementEvaluation(CommissioningRecords records) {
    return (DelegateExecution e) -> {
      Object respondents = e.getVariable("surveyRespondents");
      Object listened = e.getVariable("surveyFeltListenedTo");
      Object saw = e.getVariable("surveySawWhatChanged");
      Object again = e.getVariable("surveyWouldTakePartAgain");
      if (respondents == null || listened == null || saw == null || again == null) {
        return;
      }
      Object comments = e.getVariable("surveyComments");
      records.engagementSurvey(e.getProcessBusinessKey(), number(respondents), number(listened), saw.toString(),
          again.toString(), comments == null ? null : comments.toString(), user(), ClockUtil.getCurrentTime().toInstant());
    };
  }
}
