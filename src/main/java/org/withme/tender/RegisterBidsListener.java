package org.withme.tender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * Registers the bids with the contact each bidder's assessment summary is sent to. Prices go to
 * WithMe's own table only: the bids are a variable of this task alone, so no panellist's task can read a price.
 */
@Component("registerBids")
public class RegisterBidsListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RegisterBidsListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<Map<String, Object>> bids = Rows.of(execution.getVariable("bids"), "'Bids' (bids)");
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    if (bids.isEmpty()) {
      problems.add("'Bids' (bids) needs at least one bid");
    }
    for (int i = 0; i < bids.size(); i++) {
      String bidder = Rows.text(bids.get(i), "bidder");
      if (bidder == null || !names.add(bidder)) {
        problems.add("'Bidder' (bids[" + i + "].bidder) is missing or used twice");
      }
      BigDecimal price = TenderSupport.decimal(bids.get(i).get("price"));
      if (price == null || price.signum() <= 0) {
        problems.add("'Price' (bids[" + i + "].price) must be an amount more than 0");
      }
      if (!TenderRules.isEmail(Rows.text(bids.get(i), "contactEmail"))) {
        problems.add("'Contact e-mail' (bids[" + i + "].contactEmail) must be an e-mail address, like bids@example.org");
      }
    }
    TenderSupport.refuseIf("Register the bids", problems);
    String tender = TenderSupport.tender(execution);
    for (Map<String, Object> bid : bids) {
      records.insertBid(tender, Rows.text(bid, "bidder"), TenderSupport.decimal(bid.get("price")), Rows.text(bid, "documents"),
          Rows.text(bid, "contactEmail"));
    }
    execution.setVariable("bidders", String.join(", ", records.bidders(tender)));
  }
}
