package org.withme.tender;

import java.util.List;
import org.springframework.stereotype.Component;

/** Panel look-ups for the model's expressions: who declares, who scores, which form, which reward. */
@Component("tenderPanel")
public class TenderPanel {

  private final TenderRecords records;

  public TenderPanel(TenderRecords records) {
    this.records = records;
  }

  public List<String> activeMembers(String tender) {
    return records.activeMembers(tender);
  }

  public List<String> youngMembers(String tender) {
    return records.youngMembers(tender);
  }

  /** Young panellists get the Easy Read scoring form. */
  public String scoringForm(String tender, String userId) {
    return records.isYoung(tender, userId) ? "score-bids-easy-read" : "score-bids";
  }

  /** Declared conflicts not yet mitigated, for procurement's task only. */
  public String conflictSummary(String tender) {
    return records.openConflicts(tender).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  public String rewardOf(String tender, String userId) {
    return records.rewardOf(tender, userId);
  }
}
