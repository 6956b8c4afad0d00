package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the inspection, but never with a recommendation the provider has not answered. */
@Component("closeInspection")
public class CloseInspectionDelegate implements JavaDelegate {

  private final InspectionRecords records;

  public CloseInspectionDelegate(InspectionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    Steps.refuse("The inspection cannot close", InspectionRules.closeProblems(records.responses(id)));
    records.complete(id, Steps.now());
  }
}
