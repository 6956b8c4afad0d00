package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Records the award and sets the outcome the calling programme receives. */
@Component("recordAward")
public class RecordAwardListener implements ExecutionListener {

  private final TenderRecords records;

  public RecordAwardListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String bidder = (String) execution.getVariable("preferredBidder");
    records.award(TenderSupport.tender(execution), bidder, TenderSupport.text(execution, "contractReference"),
        TenderSupport.now());
    execution.setVariable("awardedBidder", bidder);
    execution.setVariable("tenderOutcome", "awarded");
  }
}
