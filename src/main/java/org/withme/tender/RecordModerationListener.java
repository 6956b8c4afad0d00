package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * Records the agreed score per bid and question beside the panellists' own scores, which stay as
 * they were. The panel's spread (lowest and highest score) that a consensus may depart from only
 * with a reason comes from the recorded scores, never from the submitted sheet; each bid and
 * question is agreed exactly once.
 */
@Component("recordModeration")
public class RecordModerationListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final TenderProperties properties;

  public RecordModerationListener(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<Map<String, Object>> rows = Rows.of(execution.getVariable("moderationSheet"), "'Agreed scores' (moderationSheet)");
    List<String> problems = new ArrayList<>();
    List<String> bidders = records.bidders(tender);
    List<String> questions = records.questions(tender).stream().map(Question::id).toList();
    int expected = bidders.size() * questions.size();
    if (rows.size() != expected) {
      problems.add("'Agreed scores' (moderationSheet) needs one row for each bid and question: " + expected + ", not " + rows.size());
    }
    Map<String, int[]> spread = spread(tender);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> r = rows.get(i);
      String bidder = Rows.text(r, "bidder");
      String question = Rows.text(r, "questionId");
      String where = bidder + ", question " + question;
      if (!bidders.contains(bidder) || !questions.contains(question)) {
        problems.add("'Agreed scores' (moderationSheet[" + i + "]) names " + where + ", which is not a bid and question of this tender");
        continue;
      }
      if (!seen.add(bidder + "|" + question)) {
        problems.add("'Agreed scores' (moderationSheet[" + i + "]) agrees " + where + " a second time");
        continue;
      }
      int[] range = spread.getOrDefault(bidder + "|" + question, new int[] {0, 5});
      problems.addAll(TenderRules.moderationProblems(i, where, r.get("consensus"), Rows.text(r, "rationale"),
          Rows.text(r, "departureReason"), range[0], range[1], properties.maxModerationDeparture()));
    }
    TenderSupport.refuseIf("Moderate the scores", problems);
    for (Map<String, Object> r : rows) {
      int[] range = spread.getOrDefault(Rows.text(r, "bidder") + "|" + Rows.text(r, "questionId"), new int[] {0, 5});
      records.replaceConsensus(tender, Rows.text(r, "bidder"), Rows.text(r, "questionId"),
          TenderRules.wholeNumber(r.get("consensus")), Rows.text(r, "rationale"), Rows.text(r, "departureReason"),
          range[0], range[1], TenderSupport.currentUser(), TenderSupport.now());
    }
  }

  /** Lowest and highest recorded written score per bid and question ("bidder|question"). */
  private Map<String, int[]> spread(String tender) {
    Map<String, int[]> spread = new java.util.HashMap<>();
    for (Map<String, Object> s : records.writtenScores(tender)) {
      int score = ((Number) s.get("SCORE")).intValue();
      spread.merge(s.get("BIDDER") + "|" + s.get("QUESTION_ID"), new int[] {score, score},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    return spread;
  }
}
