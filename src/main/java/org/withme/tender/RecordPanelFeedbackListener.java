package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the "you said, we did" feedback the panel received. */
@Component("recordPanelFeedback")
public class RecordPanelFeedbackListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordPanelFeedbackListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    records.feedback(TenderSupport.text(execution, "programmeReference"), TenderSupport.text(execution, "panelFeedback"),
        TenderSupport.currentUser(), TenderSupport.today());
  }
}
