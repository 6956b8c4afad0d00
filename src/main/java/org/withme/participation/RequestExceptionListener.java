package org.withme.participation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.withme.forms.InvalidFormException;
import org.withme.identity.People;

/**
 * After "Ask for a participation exception": records the request with who asked (the signed-in
 * user, or the task's assignee when the engine is driven without a user).
 */
@Component("requestException")
public class RequestExceptionListener implements ExecutionListener {

  static final String TASK = "Ask for a participation exception";

  private final ParticipationRecords records;

  private final StageEntries stageEntries;

  public RequestExceptionListener(ParticipationRecords records, StageEntries stageEntries) {
    this.records = records;
    this.stageEntries = stageEntries;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object reason = execution.getVariable("exceptionReason");
    if (reason == null) {
      return; // the form validation that follows names the field and rolls back
    }
    String by = TaskActorListener.actor(execution);
    if (by == null) {
      throw new InvalidFormException("The form of '" + TASK + "'",
          List.of("'Reason' (exceptionReason) needs a named requester: claim the task before asking"));
    }
    // the stage from the stage-entry record, not from the writable variable
    String stage = stageEntries.latest(execution.getProcessInstanceId()).map(StageEntries.StageEntry::stage)
        .orElse((String) execution.getVariable("stage"));
    String id = records.requestException(execution.getProcessBusinessKey(), stage,
        reason.toString(), by, ClockUtil.getCurrentTime().toInstant());
    execution.setVariable("exceptionId", id);
    execution.setVariable("exceptionRequestedBy", by);
    execution.setVariable("exceptionRequestedByName", People.displayName(by));
  }
}
