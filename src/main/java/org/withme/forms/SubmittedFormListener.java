package org.withme.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An end listener on a user task that acts on the submitted form. A task ended by a timer, a
 * message or a deletion submitted nothing, so it is passed over.
 */
public abstract class SubmittedFormListener implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      submitted(execution);
    }
  }

  /** The task was completed: its form's values are the execution's variables. */
  protected abstract void submitted(DelegateExecution execution);
}
