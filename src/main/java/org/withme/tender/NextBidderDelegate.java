package org.withme.tender;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a refused charter: the next-ranked bidder becomes preferred, or, with none left, the tender is re-run. */
@Component("nextBidder")
public class NextBidderDelegate implements JavaDelegate {

  private final TenderRecords records;

  public NextBidderDelegate(TenderRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<String> remaining = records.biddersInRankOrder(tender);
    execution.setVariable("anotherBidder", !remaining.isEmpty());
    if (remaining.isEmpty()) {
      records.outcome(tender, "retender");
      execution.setVariable("preferredBidder", null);
      execution.setVariable("tenderOutcome", "retender");
    } else {
      execution.setVariable("preferredBidder", remaining.get(0));
    }
  }
}
