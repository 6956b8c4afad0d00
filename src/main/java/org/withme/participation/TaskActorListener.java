package org.withme.participation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * On completing a task: notes who completed it in the local variable {@code taskCompletedBy} for
 * the end listener: the signed-in user, else the assignee. {@link TaskActorPlugin} adds it to
 * every user task.
 */
@Component("noteTaskActor")
public class TaskActorListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    task.getExecution().setVariableLocal("taskCompletedBy", user != null ? user : task.getAssignee());
  }

  public static String actor(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    Object v = execution.getVariableLocal("taskCompletedBy");
    return v == null ? null : v.toString();
  }
}
