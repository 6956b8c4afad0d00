package org.withme.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * Lets a scenario test of a calling process skip through a called process: the called instance
 * jumps to its end event with the given result variables, so the caller's output mapping runs as
 * after a real completion.
 */
public final class CalledProcesses {

  private CalledProcesses() {}

  public static void finish(ProcessEngine engine, String calledInstanceId, String endEventId, Map<String, Object> result) {
    ActivityInstance tree = engine.getRuntimeService().getActivityInstance(calledInstanceId);
    ProcessInstanceModificationBuilder modification = engine.getRuntimeService()
        .createProcessInstanceModification(calledInstanceId)
        .startBeforeActivity(endEventId)
        .setVariables(result);
    for (ActivityInstance child : tree.getChildActivityInstances()) {
      modification.cancelActivityInstance(child.getId());
    }
    for (TransitionInstance child : tree.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(child.getId());
    }
    modification.execute();
  }
}
