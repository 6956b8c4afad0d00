package org.withme.notification.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder e-mails for every user task with a due date, in every process: the one place they are
 * configured.
 *
 * @param offsets how long before the due date a reminder goes to the assignee (or candidates)
 * @param escalateAfter how long after the due date an open task is escalated
 * @param escalationGroup the group told about overdue tasks, unless the process has its own
 * @param escalationGroups escalation group per process definition key
 * @param retryTimeCycle back-off between attempts to send a mail (Camunda retry time cycle);
 *     when it runs out, an incident shows in Cockpit
 * @param staleClaimAfter a mail claimed for sending by a node that then vanished is sent again after this
 */
@ConfigurationProperties("withme.reminders")
public record ReminderProperties(
    @DefaultValue({"P7D", "P1D", "P0D"}) List<Duration> offsets,
    @DefaultValue("P1D") Duration escalateAfter,
    @DefaultValue("head-of-commissioning") String escalationGroup,
    Map<String, String> escalationGroups,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryTimeCycle,
    @DefaultValue("PT15M") Duration staleClaimAfter) {

  /** Processes whose overdue tasks go to another group than the default, unless configured. */
  static final Map<String, String> DEFAULT_ESCALATION_GROUPS = Map.of("framework-review", "dcs");

  public ReminderProperties {
    offsets = offsets == null ? List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ZERO) : List.copyOf(offsets);
    Map<String, String> groups = new java.util.HashMap<>(DEFAULT_ESCALATION_GROUPS);
    if (escalationGroups != null) {
      groups.putAll(escalationGroups);
    }
    escalationGroups = Map.copyOf(groups);
  }

  /** The defaults, for engines built outside Spring (tests with several engines). */
  public static ReminderProperties defaults() {
    return new ReminderProperties(null, Duration.ofDays(1), "head-of-commissioning", null,
        "PT1M,PT5M,PT15M,PT1H,PT4H", Duration.ofMinutes(15));
  }

  public String escalationGroupFor(String processDefinitionKey) {
    return escalationGroups.getOrDefault(processDefinitionKey, escalationGroup);
  }
}
