package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** On completing "Tell the Young Inspectors what changed": the "you said, we did" feedback is recorded as sent. */
@Component("tellInspectors")
public class TellInspectorsListener extends SubmittedFormListener {

  private final InspectionRecords records;

  public TellInspectorsListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String text = Steps.text(execution, "youSaidWeDid");
    records.youSaidWeDid(Steps.inspectionId(execution), text);
    records.feedbackSent(Steps.programmeKey(execution), Steps.today(), text, Steps.currentUser());
  }
}
