package org.withme.inspection;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.withme.support.Programmes;

/** Youth inspections at their first task, for tests from outside the package. */
public final class SensitiveInspections {

  private SensitiveInspections() {}

  /** Waiting at "Assign Young Inspectors" (participation officers'). */
  public static ProcessInstance atAssignInspectors(ProcessEngine engine) {
    return engine.getRuntimeService().startProcessInstanceByKey("youth-inspection", startForm());
  }

  /** The start form of a valid inspection for a fresh programme. */
  public static Map<String, Object> startForm() {
    return InspectionScenario.startForm(Programmes.newReference(), "youth-activities");
  }
}
