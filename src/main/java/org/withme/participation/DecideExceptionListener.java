package org.withme.participation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After "Decide the participation exception": the requester may not decide (checked on the
 * server, so through the REST API too: the step rolls back and the task stays open); the decision
 * is recorded with who decided and why.
 */
@Component("decideException")
public class DecideExceptionListener implements ExecutionListener {

  static final String TASK = "Decide the participation exception";

  private final ParticipationRecords records;

  public DecideExceptionListener(ParticipationRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String requester = (String) execution.getVariable("exceptionRequestedBy");
    String decider = TaskActorListener.actor(execution);
    ExceptionRules.checkDecider(TASK, requester, decider);
    Object decision = execution.getVariable("exceptionDecision");
    Object why = execution.getVariable("exceptionDecisionReason");
    if (decision == null || why == null || !List.of("approve", "refuse").contains(decision.toString())) {
      return; // the form validation that follows names the field and rolls back
    }
    records.decideException((String) execution.getVariable("exceptionId"),
        "approve".equals(decision) ? "approved" : "refused", decider, why.toString(),
        ClockUtil.getCurrentTime().toInstant());
  }
}
