package org.withme.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A Young Inspector who stops inspecting leaves the pool; their training history stays. */
@Component("leavePool")
public class LeavePoolDelegate implements JavaDelegate {

  private final YoungInspectorPool pool;

  public LeavePoolDelegate(YoungInspectorPool pool) {
    this.pool = pool;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pool.leave(Steps.text(execution, "inspectorUserId"), Steps.now());
  }
}
