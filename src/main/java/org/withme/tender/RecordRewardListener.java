package org.withme.tender;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records that a young panellist's thank-you reward was sent. */
@Component("recordReward")
public class RecordRewardListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordRewardListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    var sentOn = TenderSupport.date(execution.getVariable("rewardSentOn"));
    if (sentOn == null) {
      TenderSupport.refuseIf("Send the thank-you reward", List.of("'Date sent' (rewardSentOn) is required"));
    }
    records.rewardSent(TenderSupport.tender(execution), (String) execution.getVariable("youngPanellist"), sentOn);
  }
}
