package org.withme.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * Lets a scenario test of a calling process skip through a called process: the called instance
 * gets the result variables and jumps to its end event, so it completes normally and the caller's
 * output mapping runs as after a real completion.
 *
 * <p>The cancellations come before the start of the end event in the same modification: the engine
 * only cancels an emptied instance at the end of the modification, and by then the end event has
 * completed it. (Cancelling last would cancel the called instance, and a cancelled called instance
 * cancels its caller too.)
 */
public final class CalledProcesses {

  private CalledProcesses() {}

  public static void finish(ProcessEngine engine, String calledInstanceId, String endEventId, Map<String, Object> result) {
    engine.getRuntimeService().setVariables(calledInstanceId, result);
    ActivityInstance tree = engine.getRuntimeService().getActivityInstance(calledInstanceId);
    ProcessInstanceModificationBuilder modification = engine.getRuntimeService()
        .createProcessInstanceModification(calledInstanceId);
    for (ActivityInstance child : tree.getChildActivityInstances()) {
      modification.cancelActivityInstance(child.getId());
    }
    for (TransitionInstance child : tree.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(child.getId());
    }
    modification.startBeforeActivity(endEventId).execute();
  }
}
