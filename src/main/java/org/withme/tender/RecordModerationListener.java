package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the agreed score per bid and question beside the panellists' own scores, which stay as they were. */
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
    int expected = records.bidders(tender).size() * records.questions(tender).size();
    if (rows.size() != expected) {
      problems.add("'Agreed scores' (moderationSheet) needs one row for each bid and question: " + expected + ", not " + rows.size());
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> r = rows.get(i);
      problems.addAll(TenderRules.moderationProblems(i, r.get("bidder") + ", question " + r.get("questionId"),
          r.get("consensus"), Rows.text(r, "rationale"), Rows.text(r, "departureReason"),
          number(r.get("lowest"), 0), number(r.get("highest"), 5), properties.maxModerationDeparture()));
    }
    TenderSupport.refuseIf("Moderate the scores", problems);
    for (Map<String, Object> r : rows) {
      records.replaceConsensus(tender, Rows.text(r, "bidder"), Rows.text(r, "questionId"),
          TenderRules.wholeNumber(r.get("consensus")), Rows.text(r, "rationale"), Rows.text(r, "departureReason"),
          number(r.get("lowest"), 0), number(r.get("highest"), 5), TenderSupport.currentUser(), TenderSupport.now());
    }
  }

  private static int number(Object v, int otherwise) {
    Integer n = TenderRules.wholeNumber(v);
    return n == null ? otherwise : n;
  }
}
