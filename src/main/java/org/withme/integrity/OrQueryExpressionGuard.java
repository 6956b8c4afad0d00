package org.withme.integrity;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses expressions inside the or-parts of a task query a caller sends (CVE-2026-109432: Camunda 7.24.0
 * checks an ad-hoc query's own expressions against {@code enableExpressionsInAdhocQueries} but not those of
 * its {@code orQueries}, so any signed-in person could have the engine evaluate one). Checked in the engine,
 * so REST, the webapps' engine API and Java callers all meet it: a task query executed as a command, and the
 * query a filter is extended with. A saved filter's own query (written by an administrator, e.g. "My work":
 * assigned to me or to my groups) is not an ad-hoc query and keeps its expressions.
 */
final class OrQueryExpressionGuard extends CommandInterceptor {

  static final String REFUSAL = "Expressions are not allowed in a query's or-part (orQueries): use plain values";

  private static final Field EXTENDING_QUERY = extendingQueryField();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof TaskQueryImpl query) {
      refuseExpressionsInOrParts(query);
    } else if (command instanceof AbstractExecuteFilterCmd filter && extendingQuery(filter) instanceof TaskQueryImpl query) {
      refuseExpressionsInOrParts(query);
    }
    return next.execute(command);
  }

  static void refuseExpressionsInOrParts(TaskQueryImpl query) {
    for (TaskQueryImpl part : query.getQueries()) {
      if (part != query && part.getExpressions() != null && !part.getExpressions().isEmpty()) {
        throw new BadUserRequestException(REFUSAL);
      }
    }
  }

  private static Object extendingQuery(AbstractExecuteFilterCmd filter) {
    try {
      return EXTENDING_QUERY.get(filter);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the engine's filter command changed: " + e.getMessage(), e);
    }
  }

  private static Field extendingQueryField() {
    try {
      Field f = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the engine's filter command has no extending query: " + e.getMessage(), e);
    }
  }
}
