package org.withme.inspection;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the two views side by side, marks the gaps, and counts them for the caller. */
@Component("compareViews")
public class CompareViewsDelegate implements JavaDelegate {

  private final InspectionRecords records;

  public CompareViewsDelegate(InspectionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    List<InspectionComparison.Row> rows = InspectionComparison.compare(records.questions(id),
        records.scores(id, InspectionRecords.INSPECTORS), records.scores(id, InspectionRecords.MANAGER),
        records.gapThreshold(id));
    records.markGaps(id, rows);
    execution.setVariable("inspectionGapCount", InspectionComparison.gapCount(rows));
    execution.setVariable("comparisonSummary", InspectionComparison.sideBySide(rows, records.scaleMax(id)));
  }
}
