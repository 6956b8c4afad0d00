package org.withme.commissioning;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.withme.forms.InvalidFormException;
import org.withme.forms.Values;

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

  @Bean("recordSpecificationReview")
  ExecutionListener recordSpecificationReview(CommissioningRecords records) {
    return (DelegateExecution e) -> {
      Object on = e.getVariable("specReviewDate");
      Object changed = e.getVariable("whatYoungPeopleChanged");
      if (on == null || changed == null) {
        return;
      }
      records.specificationReview(e.getProcessBusinessKey(),
          date(on, "Young people review the specification", "Date of the session", "specReviewDate"),
          changed.toString(), user(), ClockUtil.getCurrentTime().toInstant());
    };
  }

  @Bean("recordMonitoringMeeting")
  ExecutionListener recordMonitoringMeeting(CommissioningRecords records) {
    return (DelegateExecution e) -> {
      Object on = e.getVariable("monitoringMeetingDate");
      Object seat = e.getVariable("youngPersonAttended");
      Object notes = e.getVariable("monitoringNotes");
      if (on == null || seat == null || notes == null) {
        return;
      }
      boolean attended = "yes".equals(seat);
      records.monitoringMeeting(e.getProcessBusinessKey(),
          date(on, "Hold a contract monitoring meeting with the young person's seat", "Date of the meeting", "monitoringMeetingDate"),
          attended, notes.toString(), user(), ClockUtil.getCurrentTime().toInstant());
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
