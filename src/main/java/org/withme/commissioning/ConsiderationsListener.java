package org.withme.commissioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.withme.forms.InvalidFormException;

/** Shows the configured considerations (start) and checks that each was answered (end). */
@Component("showConsiderations")
public class ConsiderationsListener implements ExecutionListener {

  static final String TASK = "Answer the co-produced considerations";

  private final CommissioningProperties properties;

  public ConsiderationsListener(CommissioningProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.setVariable("considerationsList", ConsiderationRules.numbered(properties.considerations()));
      return;
    }
    Object answers = execution.getVariable("considerationAnswers");
    if (answers == null) {
      return; // the form validation that follows names the field
    }
    var problems = ConsiderationRules.problems(properties.considerations(), answers.toString());
    if (!problems.isEmpty()) {
      throw new InvalidFormException("The form of '" + TASK + "'", problems);
    }
  }

  /** The same bean under the name the model uses at the end of the task. */
  @Component("checkConsiderations")
  public static class Check extends ConsiderationsListener {
    public Check(CommissioningProperties properties) {
      super(properties);
    }
  }
}
