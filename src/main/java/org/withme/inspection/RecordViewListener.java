package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;

/** Stores one view (the Young Inspectors' or the manager's): a score on the scale and a comment per question. */
abstract class RecordViewListener extends SubmittedFormListener {

  private final InspectionRecords records;
  private final String viewpoint;
  private final String taskName;
  private final String scoreLabel;
  private final String scoreKey;
  private final String commentKey;

  RecordViewListener(InspectionRecords records, String viewpoint, String taskName, String scoreLabel, String scoreKey,
      String commentKey) {
    this.records = records;
    this.viewpoint = viewpoint;
    this.taskName = taskName;
    this.scoreLabel = scoreLabel;
    this.scoreKey = scoreKey;
    this.commentKey = commentKey;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    int count = ((Number) execution.getVariable("questionCount")).intValue();
    int scaleMax = records.scaleMax(id);
    Steps.refuse("The form of '" + taskName + "'",
        InspectionRules.scoreProblems(scoreLabel, scoreKey, count, scaleMax, execution::getVariable));
    for (int i = 1; i <= count; i++) {
      records.storeAnswer(id, i, viewpoint, InspectionRules.wholeNumber(execution.getVariable(scoreKey + i)),
          Steps.text(execution, commentKey + i), Steps.currentUser(), Steps.now());
    }
  }
}
