package org.withme.notification.reminder;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A mail when a task arrives for a person or their group.
 *
 * @param enabled whether arrival mails are sent at all
 * @param processes the process definition keys whose tasks send them; empty means every process
 */
@ConfigurationProperties("withme.arrival-mails")
public record ArrivalMailProperties(@DefaultValue("true") boolean enabled, @DefaultValue({}) List<String> processes) {

  public ArrivalMailProperties {
    processes = processes == null ? List.of() : List.copyOf(processes);
  }

  boolean sendsFor(String processDefinitionKey) {
    return enabled && (processes.isEmpty() || processes.contains(processDefinitionKey));
  }
}
