package org.withme.tender;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The conflicts assessment: which declared conflicts procurement must still mitigate. */
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
    execution.setVariable("conflictSummary", open.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
  }
}
