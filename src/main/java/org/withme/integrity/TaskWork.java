package org.withme.integrity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task is done by its own people: completing, submitting or claiming a process task is for its
 * assignee, or, while nobody holds it, for its candidate users and members of its candidate
 * groups. Nobody else, whatever their grants (process owners, administrators, operators, a manager
 * who may reassign it): the young person whose task it is takes part, or the task waits.
 */
final class TaskWork {

  private TaskWork() {}

  static Optional<String> refusal(Command<?> command, CommandContext context, String user) {
    String taskId;
    String verb;
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      taskId = GuardedCommands.field(command, "taskId");
      verb = "complete";
    } else if (command instanceof ClaimTaskCmd) {
      taskId = GuardedCommands.field(command, "taskId");
      String claimant = GuardedCommands.field(command, "userId");
      if (claimant == null) {
        return Optional.empty(); // giving a task back: the engine checks the caller may work on it
      }
      if (!claimant.equals(user)) {
        return Optional.of(user + " may not claim a task for " + claimant + ": people claim their own work.");
      }
      verb = "claim";
    } else {
      return Optional.empty();
    }
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstanceId() == null) {
      return Optional.empty(); // the engine answers "not found"; stand-alone tasks follow the engine's rules
    }
    return isTheirs(task, context, user) ? Optional.empty()
        : Optional.of(user + " may not " + verb + " '" + task.getName() + "': it is the work of "
            + whose(task) + ".");
  }

  static boolean isTheirs(TaskEntity task, CommandContext context, String user) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(user);
    }
    Set<String> groups = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
        .createGroupQuery(context).groupMember(user).list().stream().map(Group::getId).collect(Collectors.toSet()));
    for (IdentityLinkEntity link : candidates(task)) {
      if (user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  private static List<IdentityLinkEntity> candidates(TaskEntity task) {
    return task.getIdentityLinks().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
  }

  private static String whose(TaskEntity task) {
    if (task.getAssignee() != null) {
      return "the person it is assigned to";
    }
    String who = String.join(", ", candidates(task).stream()
        .map(l -> l.getGroupId() != null ? "the " + l.getGroupId() + " group" : l.getUserId()).toList());
    return who.isEmpty() ? "nobody yet" : who;
  }
}
