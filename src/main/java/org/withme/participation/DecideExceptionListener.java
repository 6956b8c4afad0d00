package org.withme.participation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.withme.forms.InvalidFormException;

/**
 * After "Decide the participation exception": the requester may not decide (checked on the
 * server, so through the REST API too: the step rolls back and the task stays open); the decision
 * is recorded with who decided and why.
 */
@Component("decideException")
public class DecideExceptionListener implements ExecutionListener {

  static final String TASK = "Decide the participation exception";
  /** What the head of commissioning asked when refusing, shown on "Plan the engagement". */
  public static final String INSTRUCTION = "headOfCommissioningInstruction";

  private final ParticipationRecords records;

  public DecideExceptionListener(ParticipationRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // which exception and who asked come from the record, never from variables a submission could set
    ParticipationRecords.OpenException open = records.openException(execution.getProcessBusinessKey()).orElseThrow(
        () -> new InvalidFormException("The form of '" + TASK + "'", List.of("there is no exception awaiting a decision"
            + " for this programme")));
    String requester = open.requestedBy();
    String decider = TaskActorListener.actor(execution);
    ExceptionRules.checkDecider(TASK, requester, decider);
    Object decision = execution.getVariable("exceptionDecision");
    Object why = execution.getVariable("exceptionDecisionReason");
    if (decision == null || why == null || !List.of("approve", "refuse").contains(decision.toString())) {
      return; // the form validation that follows names the field and rolls back
    }
    if ("refuse".equals(decision.toString())) {
      // the instruction reaches the participation officer who must now plan the engagement
      execution.setVariable(INSTRUCTION, "The head of commissioning refused the exception for the " + open.stage()
          + " stage and asks: " + why);
    } else {
      execution.removeVariable(INSTRUCTION);
    }
    records.decideException(open.id(),
        "approve".equals(decision) ? "approved" : "refused", decider, why.toString(),
        ClockUtil.getCurrentTime().toInstant());
  }
}
