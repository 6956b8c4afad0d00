package org.withme.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a Young Inspector's training (the first, then each refresher) in the pool and dates the
 * next refresher a year later (withme.inspection.refresher-after).
 */
@Component("recordTraining")
public class RecordTrainingDelegate implements JavaDelegate {

  private final YoungInspectorPool pool;
  private final InspectionProperties properties;

  public RecordTrainingDelegate(YoungInspectorPool pool, InspectionProperties properties) {
    this.pool = pool;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String userId = Steps.text(execution, "inspectorUserId");
    boolean refresher = "yes".equals(Steps.text(execution, "stillInspecting"));
    LocalDate trained = InspectionRules.date(execution.getVariable(refresher ? "refresherTrainedOn" : "trainedOn"));
    Object bandValue = execution.getVariable("inspectorAgeBand");
    AgeBand band = AgeBand.of(bandValue).orElse(null);
    List<String> problems = new ArrayList<>();
    String field = refresher ? "'Date of the refresher training' (refresherTrainedOn)" : "'Date of the training' (trainedOn)";
    if (trained == null) {
      problems.add(field + " must be a date");
    } else if (trained.isAfter(Steps.today())) {
      problems.add(field + " cannot be in the future");
    }
    if (band == null && (!refresher || bandValue != null)) {
      problems.add("'Age group' (inspectorAgeBand) must be one of 8-10, 11-15, 16-17 or 18-25: Young Inspectors are 8 to 25 years old");
    }
    Steps.refuse(refresher ? "The form of 'Give the refresher training'" : "The start form", problems);
    LocalDate due = InspectionRules.refresherDue(trained, properties.refresherAfter());
    pool.recordTraining(userId, Steps.text(execution, "inspectorName"), band, trained, due,
        refresher ? "refresher" : "initial", Steps.currentUser(), Steps.now());
    execution.setProcessBusinessKey(userId);
    execution.setVariable("refresherDueDate", Steps.startOf(due));
    execution.setVariable("refresherDueText", Steps.inWords(due));
    execution.removeVariable("refresherTrainedOn");
    execution.removeVariable("stillInspecting");
  }
}
