package org.withme.integrity;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.withme.identity.WithMeGroup;

/**
 * One way forward: completing the task. Runs inside the engine, for every command from every
 * caller (REST, Cockpit, Tasklist, Java), after the command context opened, so in the command's
 * transaction.
 *
 * <p>For a command that moves a token or changes what gates and listeners read other than by
 * completing a task ({@link GuardedCommands}):
 * <ul>
 *   <li>called with an authenticated user who is not in {@code process-operators}: refused (403,
 *       AuthorizationException) before it runs;</li>
 *   <li>called by a process operator: refused (403) without a reason (the annotation, or the
 *       {@value OperatorReason#HEADER} header); with one, it runs and a wm_operator_action row is
 *       written in the same transaction;</li>
 *   <li>called with no authenticated user (WithMe's own code, the job executor, tests driving the
 *       engine in Java) or nested inside another command (delegates and listeners of a task being
 *       completed): runs as before. Every call from outside the JVM (REST and the webapps) is
 *       authenticated, so this exemption is never reached from outside.</li>
 * </ul>
 */
final class OneWayForwardGuard extends CommandInterceptor {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final OperatorActions actions;

  OneWayForwardGuard(OperatorActions actions) {
    this.actions = actions;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] > 1) {
        return next.execute(command); // nested: the outer command was checked
      }
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context == null ? null : context.getAuthentication();
      String user = authentication == null ? null : authentication.getUserId();
      if (command instanceof FailedJobListener listener && refusedHere(listener)) {
        return null; // a refused run leaves the job as it was: no retry spent, no incident
      }
      if (user == null) {
        return next.execute(command);
      }
      Optional<String> search = VariableSearch.refusal(command, context, user);
      if (search.isPresent()) {
        throw new Refusal(search.get());
      }
      Optional<String> notTheirs = TaskWork.refusal(command, context, user);
      if (notTheirs.isPresent()) {
        throw new Refusal(notTheirs.get());
      }
      Optional<GuardedCommands.Act> guarded = GuardedCommands.classify(command, context);
      if (guarded.isEmpty()) {
        return next.execute(command);
      }
      GuardedCommands.Act act = guarded.get();
      if (!isOperator(context, user)) {
        throw new Refusal(user + " may not " + act.command() + ": in WithMe work moves on only by"
            + " completing its tasks, through every participation gate. A process operator may repair an instance,"
            + " with a reason that is recorded.");
      }
      String reason = act.annotation() != null && !act.annotation().isBlank() ? act.annotation() : OperatorReason.current();
      if (reason == null || reason.isBlank()) {
        throw new Refusal("A process operator's repair needs a reason: give it as the annotation"
            + " of the modification, or in the " + OperatorReason.HEADER + " header. Nothing was changed.");
      }
      T result = next.execute(command);
      String instance = act.processInstanceId();
      if (instance == null && result instanceof ProcessInstance started) {
        instance = started.getId();
      }
      actions.record(user, ClockUtil.getCurrentTime().toInstant(), act.command(), instance, act.processDefinitionId(),
          reason.trim(), act.detail());
      return result;
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  /** The guard's own refusal: the REST API answers 403 with its message. */
  static final class Refusal extends AuthorizationException {
    Refusal(String message) {
      super(message);
    }
  }

  private static boolean refusedHere(FailedJobListener listener) {
    JobFailureCollector failure = GuardedCommands.field(listener, "jobFailureCollector");
    return failure != null && failure.getFailure() instanceof Refusal;
  }

  /** Membership from the identity store, not from the groups a caller declared. */
  static boolean isOperator(CommandContext context, String user) {
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery(context)
        .groupMember(user).groupId(WithMeGroup.PROCESS_OPERATORS.id()).count() > 0);
  }
}
