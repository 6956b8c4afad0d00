package org.withme.tender;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records one panellist's independent scores: every bid and question on their sheet, 0 to 5, with a reason. */
@Component("recordScores")
public class RecordScoresListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final TenderScoring scoring;

  public RecordScoresListener(TenderRecords records, TenderScoring scoring) {
    this.records = records;
    this.scoring = scoring;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    String panellist = TenderSupport.panellist(execution, "panellist");
    List<ScoreRow> rows = Rows.of(execution.getVariable("scoreSheet"), "'Your scores' (scoreSheet)").stream()
        .map(r -> new ScoreRow(Rows.text(r, "bidder"), Rows.text(r, "questionId"), r.get("score"), Rows.text(r, "reason")))
        .toList();
    List<String> problems = new ArrayList<>(TenderRules.scoreProblems(rows));
    Set<String> given = new HashSet<>();
    rows.forEach(r -> given.add(r.bidder() + "|" + r.questionId()));
    Set<String> expected = new HashSet<>();
    for (Map<String, Object> row : scoring.expectedSheet(tender, records.isYoung(tender, panellist))) {
      String key = row.get("bidder") + "|" + row.get("questionId");
      expected.add(key);
      if (!given.contains(key)) {
        problems.add("'Your scores' (scoreSheet) has no score for " + row.get("bidder") + ", question " + row.get("questionId"));
      }
    }
    for (ScoreRow r : rows) {
      if (!expected.contains(r.bidder() + "|" + r.questionId())) {
        problems.add("'Your scores' (scoreSheet): " + r.bidder() + ", question " + r.questionId() + " is not yours to score");
      }
    }
    TenderSupport.refuseIf("Score the bids", problems);
    records.replaceScores(tender, panellist, "written", rows, TenderSupport.now());
    // the record holds the scores now; the sheet is not left where the rest of the panel's run could read it
    execution.removeVariableLocal("scoreSheet");
  }
}
