package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the "you said, we did" feedback the panel received: the feedback owed since the award, sent today. */
@Component("recordPanelFeedback")
public class RecordPanelFeedbackListener extends SubmittedFormListener {

  private final org.withme.participation.ParticipationRecords records;

  public RecordPanelFeedbackListener(org.withme.participation.ParticipationRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    records.feedbackSentFor(TenderSupport.text(execution, "programmeReference"), "tender", TenderSupport.today(),
        TenderSupport.text(execution, "panelFeedback"), TenderSupport.currentUser());
  }
}
