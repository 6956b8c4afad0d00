package org.withme.inspection;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;
import org.withme.forms.Values;

/** On completing "Assign Young Inspectors": only inspectors whose training is in date may go. */
@Component("assignInspectors")
public class AssignInspectorsListener extends SubmittedFormListener {

  private final YoungInspectorPool pool;
  private final InspectionRecords records;
  private final InspectionProperties properties;

  public AssignInspectorsListener(YoungInspectorPool pool, InspectionRecords records, InspectionProperties properties) {
    this.pool = pool;
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<String> chosen = Values.asList(execution.getVariable("inspectorsAssigned"));
    Map<String, YoungInspector> active = pool.active();
    Steps.refuse("The form of 'Assign Young Inspectors'", InspectionRules.assignmentProblems(chosen, active, Steps.today()));
    List<YoungInspector> inspectors = chosen.stream().map(active::get).toList();
    records.assign(Steps.inspectionId(execution), inspectors, Steps.today(), properties.consentAge());
    execution.setVariable("inspectorNames", String.join(", ", inspectors.stream().map(YoungInspector::name).toList()));
  }
}
