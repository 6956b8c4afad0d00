package org.withme.tender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the tender once the conflicts assessment is complete (PA 2023 s.83): the questions
 * and weights lock, and the scoring deadline is set.
 */
@Component("publishTender")
public class PublishTenderListener extends SubmittedFormListener {

  private final TenderRecords records;

  public PublishTenderListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<String> problems = new ArrayList<>();
    List<String> undeclared = records.undeclared(tender);
    if (!undeclared.isEmpty()) {
      problems.add("The conflicts assessment is incomplete: no declaration from " + undeclared);
    }
    if (!records.openConflicts(tender).isEmpty()) {
      problems.add("The conflicts assessment is incomplete: conflicts not mitigated for " + records.openConflicts(tender).keySet());
    }
    LocalDate due = TenderSupport.date(execution.getVariable("scoringDueDate"));
    if (due == null || !due.isAfter(TenderSupport.today())) {
      problems.add("'Scoring deadline' (scoringDueDate) must be a date after today");
    }
    TenderSupport.refuseIf("Publish the tender", problems);
    records.publish(tender, TenderSupport.now());
    execution.setVariable("scoringDeadline", Date.from(due.atTime(17, 0).atZone(Standstill.LONDON).toInstant()));
  }
}
