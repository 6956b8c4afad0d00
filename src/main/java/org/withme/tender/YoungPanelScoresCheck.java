package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.withme.participation.GateCheck;
import org.withme.participation.GateOutcome;
import org.withme.participation.GateVerdict;

/**
 * Participation gate before the award recommendation: every young panellist's score is recorded
 * for every bid and question they score, each of those questions carries its published (locked)
 * weight, and each has an agreed score, so it counts in the ranking.
 */
@Component
public class YoungPanelScoresCheck implements GateCheck {

  private final TenderRecords records;

  public YoungPanelScoresCheck(TenderRecords records) {
    this.records = records;
  }

  @Override
  public String kind() {
    return "young-panel-scores";
  }

  @Override
  public GateVerdict check(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<Question> youngQuestions = records.questions(tender).stream().filter(q -> q.scoredBy(true)).toList();
    List<String> young = records.youngMembers(tender);
    List<String> bidders = records.bidders(tender);
    var consensus = records.consensus(tender);
    List<String> missing = new ArrayList<>();
    if (youngQuestions.isEmpty()) {
      missing.add("no question is scored by the young panellists");
    }
    for (Question q : youngQuestions) {
      if (q.weight() == null || q.weight().signum() <= 0) {
        missing.add("question " + q.id() + " has no published weight");
      }
      for (String bidder : bidders) {
        for (String panellist : young) {
          if (!records.hasScore(tender, panellist, bidder, q.id())) {
            missing.add(panellist + "'s score for " + bidder + ", question " + q.id());
          }
        }
        if (!consensus.getOrDefault(bidder, java.util.Map.of()).containsKey(q.id())) {
          missing.add("the agreed score for " + bidder + ", question " + q.id());
        }
      }
    }
    if (!missing.isEmpty()) {
      return GateVerdict.refused("No award recommendation: young panellists' scores are not all in and counted. Missing: "
          + String.join("; ", missing));
    }
    return new GateVerdict(GateOutcome.PASSED_WITH_EVIDENCE, young.size() + " young panellists scored "
        + youngQuestions.size() + " question(s) for " + bidders.size() + " bid(s), counted with their published weight.", null);
  }

  /** The panel's scoring, once it is all in: a participation of the programme's open stage (Do, for a re-procurement). */
  @Override
  public java.util.Optional<org.withme.participation.Participation> participation(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<String> young = records.youngMembers(tender);
    List<Question> theirs = records.questions(tender).stream().filter(q -> q.scoredBy(true)).toList();
    if (young.isEmpty() || theirs.isEmpty()) {
      return java.util.Optional.empty();
    }
    String[] programme = records.programmeOf(tender);
    StringBuilder said = new StringBuilder("Tender ").append(tender).append(": ").append(young.size())
        .append(" young panellists scored ").append(records.bidders(tender).size()).append(" bid(s) on these questions:");
    theirs.forEach(q -> said.append("\n- ").append(q.text()).append(q.weight() == null ? "" : " (weight " + q.weight().stripTrailingZeros().toPlainString() + "%)"));
    said.append("\nTheir agreed scores count in the ranking with the published weights.");
    String text = said.length() > 8000 ? said.substring(0, 8000) : said.toString();
    return java.util.Optional.of(new org.withme.participation.Participation(programme[0],
        programme[1] == null ? "not recorded" : programme[1], "tender", "Tender panel: young panellists scored the bids",
        young.size(), records.youngAgeBands(tender), programme[2], text));
  }
}
