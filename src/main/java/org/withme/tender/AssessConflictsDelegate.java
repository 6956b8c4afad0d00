package org.withme.tender;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The conflicts assessment: how many declared conflicts procurement must still mitigate (the details stay off the panel's tasks). */
@Component("assessConflicts")
public class AssessConflictsDelegate implements JavaDelegate {

  private final TenderRecords records;

  public AssessConflictsDelegate(TenderRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> open = records.openConflicts(TenderSupport.tender(execution));
    execution.setVariable("conflictCount", open.size());
  }
}
