package org.withme.participation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * One kind of participation gate: what must be true before the process may go on. Each kind is a
 * Spring bean; the gate delegate picks it by {@link #kind()} from the service task's {@code gateKind}
 * input parameter.
 */
public interface GateCheck {

  /** The value of {@code gateKind} that selects this check, e.g. {@code stage-evidence}. */
  String kind();

  GateVerdict check(DelegateExecution execution);

  /** The participation a passed check proves, for the participation record; none by default. */
  default java.util.Optional<Participation> participation(DelegateExecution execution) {
    return java.util.Optional.empty();
  }
}
