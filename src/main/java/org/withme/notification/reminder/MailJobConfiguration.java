package org.withme.notification.reminder;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/** The outbox row a sending job delivers. */
record MailJobConfiguration(String mailId) implements JobHandlerConfiguration {
  @Override
  public String toCanonicalString() {
    return mailId;
  }
}
