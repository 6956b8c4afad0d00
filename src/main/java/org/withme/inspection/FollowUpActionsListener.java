package org.withme.inspection;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** On completing "Follow up the provider's actions": ticks off the actions done; the rest stay open. */
@Component("followUpActions")
public class FollowUpActionsListener extends SubmittedFormListener {

  private final InspectionRecords records;

  public FollowUpActionsListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    for (Integer position : records.openActions(id).keySet()) {
      Object done = execution.getVariable("actionDone" + position);
      if (Boolean.TRUE.equals(done) || "true".equals(String.valueOf(done))) {
        records.actionDone(id, position, Steps.today());
      }
      execution.removeVariable("actionDone" + position);
    }
    showOpenActions(execution, records.openActions(id));
  }

  /** Shows the open actions on the follow-up form and dates the follow-up task by the earliest one. */
  static void showOpenActions(DelegateExecution execution, Map<Integer, String[]> open) {
    execution.setVariable("openActionCount", open.size());
    for (int i = 1; i <= InspectionRules.MAX_RECOMMENDATIONS; i++) {
      String[] action = open.get(i);
      execution.setVariable("actionOpen" + i, action != null);
      execution.setVariable("openAction" + i, action == null ? null : action[0] + " (by " + Steps.inWords(LocalDate.parse(action[1])) + ")");
    }
    open.values().stream().map(a -> LocalDate.parse(a[1])).min(LocalDate::compareTo)
        .ifPresent(d -> execution.setVariable("followUpDueDate", Steps.startOf(d)));
  }
}
