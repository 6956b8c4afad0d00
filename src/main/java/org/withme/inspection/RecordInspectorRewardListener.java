package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** On completing "Choose your reward and tell us how it went": kept for the annual framework review. */
@Component("recordInspectorReward")
public class RecordInspectorRewardListener extends SubmittedFormListener {

  private final InspectionRecords records;

  public RecordInspectorRewardListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    Integer rating = InspectionRules.wholeNumber(String.valueOf(execution.getVariable("processRating")));
    records.feedback(Steps.inspectionId(execution), Steps.text(execution, "inspector"), Steps.text(execution, "rewardChoice"),
        rating == null ? 0 : rating, Steps.text(execution, "processFeedback"), Steps.now());
  }
}
