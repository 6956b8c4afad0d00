package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Records the "you said, we did" feedback the panel received. */
@Component("recordPanelFeedback")
public class RecordPanelFeedbackListener implements ExecutionListener {

  private final TenderRecords records;

  public RecordPanelFeedbackListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    records.feedback(TenderSupport.text(execution, "programmeReference"), TenderSupport.text(execution, "panelFeedback"),
        TenderSupport.currentUser(), TenderSupport.today());
  }
}
