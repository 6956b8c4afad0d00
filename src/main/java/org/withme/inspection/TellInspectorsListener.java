package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** On completing "Tell the Young Inspectors what changed": the "you said, we did" feedback owed since the findings were agreed is recorded as sent. */
@Component("tellInspectors")
public class TellInspectorsListener extends SubmittedFormListener {

  private final InspectionRecords records;
  private final org.withme.participation.ParticipationRecords participation;

  public TellInspectorsListener(InspectionRecords records, org.withme.participation.ParticipationRecords participation) {
    this.records = records;
    this.participation = participation;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String text = Steps.text(execution, "youSaidWeDid");
    records.youSaidWeDid(Steps.inspectionId(execution), text);
    participation.feedbackSentFor(Steps.programmeKey(execution), "inspection", Steps.today(), text, Steps.currentUser());
  }
}
