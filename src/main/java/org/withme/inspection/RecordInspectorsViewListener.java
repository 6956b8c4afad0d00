package org.withme.inspection;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.withme.forms.SubmittedFormListener;

/**
 * On completing one inspector's "Record what you found": that inspector's own scores and comments,
 * kept as their own record. Whose findings they are is the task's inspector, taken by the engine
 * from WithMe's list of the inspectors assigned to the visit (never from the submission), and only
 * that inspector may record them: someone else holding the task (reassigned to them) is refused.
 * The values are then dropped from the process, so the next inspector's form starts empty and
 * nobody reads another's view before the views are combined.
 */
@Component("recordInspectorsView")
public class RecordInspectorsViewListener extends SubmittedFormListener {

  static final String TASK = "Record what you found";
  static final String INSPECTOR = "findingsInspector";

  private final InspectionRecords records;
  private final YoungInspectorPool pool;

  public RecordInspectorsViewListener(InspectionRecords records, YoungInspectorPool pool) {
    this.records = records;
    this.pool = pool;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    String inspector = (String) execution.getVariable(INSPECTOR);
    if (inspector == null || !pool.assignedIds(id).contains(inspector)) {
      throw new IllegalStateException("'" + TASK + "' of inspection " + id + " is not for an inspector assigned to the visit");
    }
    String user = Steps.currentUser();
    if (user != null && !user.equals(inspector)) {
      String name = pool.find(inspector).map(YoungInspector::name).orElse(inspector);
      throw new org.withme.forms.InvalidFormException("The form of '" + TASK + "'", List.of(
          "These are " + name + "'s findings: only " + name + " records them, not " + user + "."));
    }
    int count = ((Number) execution.getVariable("questionCount")).intValue();
    int scaleMax = records.scaleMax(id);
    Steps.refuse("The form of '" + TASK + "'",
        InspectionRules.scoreProblems("Your score for question", "inspectorScore", count, scaleMax, execution::getVariable));
    for (int i = 1; i <= count; i++) {
      records.storeInspectorAnswer(id, inspector, i, InspectionRules.wholeNumber(execution.getVariable("inspectorScore" + i)),
          Steps.text(execution, "inspectorComment" + i), user == null ? inspector : user, Steps.now());
    }
    for (int i = 1; i <= count; i++) {
      execution.removeVariable("inspectorScore" + i);
      execution.removeVariable("inspectorComment" + i);
    }
  }
}
