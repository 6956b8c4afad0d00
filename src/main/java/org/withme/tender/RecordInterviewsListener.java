package org.withme.tender;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the interview panel's score and reason for each bidder (young panellists sit on the panel). */
@Component("recordInterviews")
public class RecordInterviewsListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordInterviewsListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<ScoreRow> rows = Rows.of(execution.getVariable("interviewScores"), "'Interview scores' (interviewScores)").stream()
        .map(r -> new ScoreRow(Rows.text(r, "bidder"), "INTERVIEW", r.get("score"), Rows.text(r, "reason"))).toList();
    List<String> problems = new java.util.ArrayList<>(TenderRules.scoreProblems(rows).stream()
        .map(p -> p.replace("scoreSheet[", "interviewScores[")).toList());
    if (rows.isEmpty()) {
      problems.add("'Interview scores' (interviewScores) needs a score for each bidder interviewed");
    }
    TenderSupport.refuseIf("Record the interviews", problems);
    records.replaceScores(TenderSupport.tender(execution), "interview-panel", "interview", rows, TenderSupport.now());
  }
}
