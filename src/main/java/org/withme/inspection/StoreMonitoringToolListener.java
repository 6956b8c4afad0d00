package org.withme.inspection;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Agree the monitoring tool": stores the questions with the inspection, so later
 * comparisons are made against the tool actually used, and shows only those questions later.
 */
@Component("storeMonitoringTool")
public class StoreMonitoringToolListener extends SubmittedFormListener {

  private final InspectionRecords records;

  public StoreMonitoringToolListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<String> slots = new ArrayList<>();
    for (int i = 1; i <= InspectionRules.MAX_QUESTIONS; i++) {
      slots.add(Steps.text(execution, "toolQuestion" + i));
    }
    Steps.refuse("The form of 'Agree the monitoring tool'", InspectionRules.toolProblems(slots));
    List<String> questions = slots.stream().filter(q -> q != null).toList();
    records.storeTool(Steps.inspectionId(execution), questions, Steps.text(execution, "toolInspectorsInput"));
    execution.setVariable("questionCount", questions.size());
    for (int i = 1; i <= InspectionRules.MAX_QUESTIONS; i++) {
      execution.setVariable("hasQuestion" + i, i <= questions.size());
    }
  }
}
