package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On completing "Tell the Young Inspectors what changed": the "you said, we did" feedback is recorded as sent. */
@Component("tellInspectors")
public class TellInspectorsListener implements ExecutionListener {

  private final InspectionRecords records;

  public TellInspectorsListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by a cancellation, not by a submitted form
    }
    String text = Steps.text(execution, "youSaidWeDid");
    records.youSaidWeDid(Steps.inspectionId(execution), text);
    records.feedbackSent(Steps.programmeKey(execution), Steps.today(), text, Steps.currentUser());
  }
}
