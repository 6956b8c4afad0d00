package org.withme.tender;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the bids by weighted totals from the agreed scores, the locked weights and the prices. */
@Component("rankBids")
public class RankBidsDelegate implements JavaDelegate {

  private final TenderRecords records;
  private final TenderProperties properties;

  public RankBidsDelegate(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<TenderRanking.Result> ranking = TenderRanking.rank(records.questions(tender), records.qualityShare(tender),
        records.consensus(tender), records.prices(tender), properties.priceFormula());
    ranking.forEach(r -> records.ranked(tender, r));
    execution.setVariable("preferredBidder", ranking.get(0).bidder());
    // totals only: a panellist reading this later sees no price
    execution.setVariable("rankingSummary", ranking.stream()
        .map(r -> r.rank() + ". " + r.bidder() + ": " + r.total().toPlainString() + " points")
        .collect(Collectors.joining("\n")));
  }
}
