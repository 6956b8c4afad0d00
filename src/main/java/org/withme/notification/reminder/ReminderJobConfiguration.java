package org.withme.notification.reminder;

import java.util.Date;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/** Which task, which reminder point, and the due date the reminder was scheduled for. */
record ReminderJobConfiguration(String taskId, String point, long dueMillis) implements JobHandlerConfiguration {

  static ReminderJobConfiguration parse(String canonical) {
    String[] parts = canonical.split("\\|");
    return new ReminderJobConfiguration(parts[0], parts[1], Long.parseLong(parts[2]));
  }

  @Override
  public String toCanonicalString() {
    return taskId + "|" + point + "|" + dueMillis;
  }

  Date due() {
    return new Date(dueMillis);
  }
}
