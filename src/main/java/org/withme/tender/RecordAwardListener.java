package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the award and sets the outcome the calling programme receives. */
@Component("recordAward")
public class RecordAwardListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordAwardListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String bidder = (String) execution.getVariable("preferredBidder");
    records.award(TenderSupport.tender(execution), bidder, TenderSupport.text(execution, "contractReference"),
        TenderSupport.now());
    execution.setVariable("awardedBidder", bidder);
    execution.setVariable("tenderOutcome", "awarded");
  }
}
