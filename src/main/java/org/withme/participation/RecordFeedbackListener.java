package org.withme.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** After "you said, we did": marks the feedback as sent, with what it said. */
@Component("recordFeedback")
public class RecordFeedbackListener implements ExecutionListener {

  private final ParticipationRecords records;

  public RecordFeedbackListener(ParticipationRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object summary = execution.getVariable("feedbackSummary");
    Object id = execution.getVariable("feedbackId");
    if (summary == null || id == null) {
      return; // the form validation that follows refuses the submission
    }
    records.feedbackSent(id.toString(), LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()),
        summary.toString(), Context.getCommandContext().getAuthenticatedUserId());
  }
}
