package org.withme.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Builds the Young Inspectors' combined view from each assigned inspector's own findings, sets it
 * beside the manager's view, marks the gaps, and counts them for the caller.
 */
@Component("compareViews")
public class CompareViewsDelegate implements JavaDelegate {

  private final InspectionRecords records;
  private final YoungInspectorPool pool;

  public CompareViewsDelegate(InspectionRecords records, YoungInspectorPool pool) {
    this.records = records;
    this.pool = pool;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    List<String> questions = records.questions(id);
    Map<String, String> names = new LinkedHashMap<>();
    for (YoungInspector i : pool.assignedTo(id)) {
      names.put(i.userId(), i.name());
    }
    Map<Integer, InspectionComparison.Combined> combined =
        InspectionComparison.combine(questions.size(), records.inspectorAnswers(id), names);
    Map<Integer, String> individual = new LinkedHashMap<>();
    for (Map.Entry<Integer, InspectionComparison.Combined> e : combined.entrySet()) {
      records.storeAnswer(id, e.getKey(), InspectionRecords.INSPECTORS, e.getValue().score(), e.getValue().comments(),
          null, Steps.now());
      individual.put(e.getKey(), e.getValue().scores());
    }
    List<InspectionComparison.Row> rows = InspectionComparison.compare(questions,
        records.scores(id, InspectionRecords.INSPECTORS), records.scores(id, InspectionRecords.MANAGER),
        records.gapThreshold(id));
    records.markGaps(id, rows);
    execution.setVariable("inspectionGapCount", InspectionComparison.gapCount(rows));
    execution.setVariable("comparisonSummary", InspectionComparison.sideBySide(rows, records.scaleMax(id), individual));
  }
}
