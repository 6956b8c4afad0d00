package org.withme.integrity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Searching instances or their history by the value of a variable tells whether a guess is right
 * (a bid's price, a conflict's detail) even to someone who may not read the variable. So such
 * searches are refused for everyone but administrators: process instances, executions, historic
 * instances and historic tasks filtered by variable values. The Tasklist's own search (tasks by
 * their variables) is not affected: a person sees only their tasks, whose variables they may read.
 */
final class VariableSearch {

  private VariableSearch() {}

  static Optional<String> refusal(Command<?> command, CommandContext context, String user) {
    if (!byValue(command) || isAdmin(context, user)) {
      return Optional.empty();
    }
    return Optional.of(user + " may not search instances or their history by the value of a variable: it would tell"
        + " values that only the people who need them may read.");
  }

  private static boolean byValue(Object query) {
    if (query instanceof AbstractVariableQueryImpl<?, ?> q) {
      if (!q.getQueryVariableValues().isEmpty()) {
        return true;
      }
      return nested(query);
    }
    if (query instanceof HistoricTaskInstanceQueryImpl q) {
      return !q.getVariables().isEmpty() || q.getQueries().stream().skip(1).anyMatch(VariableSearch::byValue);
    }
    return false;
  }

  private static boolean nested(Object query) {
    try {
      Object queries = GuardedCommands.field(query, "queries");
      return queries instanceof Collection<?> list && list.stream().filter(q -> q != query).anyMatch(VariableSearch::byValue);
    } catch (IllegalStateException noOrQueries) {
      return false;
    }
  }

  private static boolean isAdmin(CommandContext context, String user) {
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery(context)
        .groupMember(user).groupIdIn(List.of(Groups.CAMUNDA_ADMIN).toArray(String[]::new)).count() > 0);
  }
}
