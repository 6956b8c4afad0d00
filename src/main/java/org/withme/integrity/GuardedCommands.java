package org.withme.integrity;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RestartProcessInstanceBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine commands that move a token, or change what the gates and listeners read, other than
 * by completing a task: which of them a command is, on which instance or definition, and the
 * annotation it carries. Read from the command's own parameters before it runs.
 */
final class GuardedCommands {

  /** One guarded act: a plain-English name, where it acts, the annotation given with it and what it does. */
  record Act(String command, String processInstanceId, String processDefinitionId, String annotation, String detail) {}

  /** Engine job types that fire a BPMN timer (the reminder-mail jobs have WithMe's own types and are not guarded). */
  static final Set<String> TIMER_JOBS = Set.of("timer-transition", "timer-intermediate-transition",
      "timer-start-event", "timer-start-event-subprocess", "timer-task-listener");

  private GuardedCommands() {}

  static Optional<Act> classify(Command<?> command, CommandContext context) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl b = field(command, "instantiationBuilder");
      return act("start part-way", null, definition(b), null, describe(b.getModificationBuilder().getModificationOperations())
          + skips(b.getModificationBuilder().isSkipCustomListeners(), b.getModificationBuilder().isSkipIoMappings()));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl b = field(command, "instantiationBuilder");
      ProcessInstanceModificationBuilderImpl m = b.getModificationBuilder();
      if (m != null && (m.isSkipCustomListeners() || m.isSkipIoMappings())) {
        return act("start skipping listeners", null, definition(b), null, skips(m.isSkipCustomListeners(), m.isSkipIoMappings()));
      }
      return Optional.empty();
    }
    if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
      ProcessInstanceModificationBuilderImpl b = field(command, "builder");
      return act(command instanceof ModifyProcessInstanceCmd ? "modify" : "modify (batch)", b.getProcessInstanceId(),
          definitionOf(context, b.getProcessInstanceId()), b.getAnnotation(),
          describe(b.getModificationOperations()) + skips(b.isSkipCustomListeners(), b.isSkipIoMappings()));
    }
    if (command instanceof AbstractModificationCmd<?>) {
      ModificationBuilderImpl b = field(command, "builder");
      return act(command instanceof ProcessInstanceModificationBatchCmd ? "modify many (batch)" : "modify many", null,
          b.getProcessDefinitionId(), b.getAnnotation(), "instances " + ids(b.getProcessInstanceIds()) + "; "
          + describe(field(b, "instructions")) + skips(b.isSkipCustomListeners(), b.isSkipIoMappings()));
    }
    if (command instanceof AbstractMigrationCmd) {
      MigrationPlanExecutionBuilderImpl b = field(command, "executionBuilder");
      var plan = b.getMigrationPlan();
      return act(command instanceof MigrateProcessInstanceBatchCmd ? "migrate (batch)" : "migrate", null,
          plan.getSourceProcessDefinitionId(), null, "to " + plan.getTargetProcessDefinitionId() + ", instances "
          + ids(b.getProcessInstanceIds()) + skips(b.isSkipCustomListeners(), b.isSkipIoMappings()));
    }
    if (command instanceof RestartProcessInstancesCmd || command instanceof RestartProcessInstancesBatchCmd) {
      RestartProcessInstanceBuilderImpl b = field(command, "builder");
      return act(command instanceof RestartProcessInstancesCmd ? "restart" : "restart (batch)", null,
          b.getProcessDefinitionId(), null, "instances " + ids(b.getProcessInstanceIds()) + "; "
          + describe(b.getInstructions()) + skips(b.isSkipCustomListeners(), b.isSkipIoMappings()));
    }
    if (command instanceof SetProcessDefinitionVersionCmd) {
      String instance = field(command, "processInstanceId");
      return act("set definition version", instance, definitionOf(context, instance), null,
          "to version " + field(command, "processDefinitionVersion"));
    }
    if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
        || command instanceof PatchExecutionVariablesCmd) {
      String execution = field(command, "entityId");
      String detail;
      if (command instanceof SetExecutionVariablesCmd) {
        detail = "set " + names(((Map<?, ?>) field(command, "variables")).keySet());
      } else if (command instanceof RemoveExecutionVariablesCmd) {
        detail = "remove " + names(field(command, "variableNames"));
      } else {
        Map<?, ?> set = field(command, "variables");
        Collection<?> removed = field(command, "deletions");
        detail = "set " + names(set == null ? List.of() : set.keySet()) + ", remove " + names(removed);
      }
      ExecutionEntity e = execution == null ? null : context.getExecutionManager().findExecutionById(execution);
      return act("write variables", e == null ? execution : e.getProcessInstanceId(),
          e == null ? null : e.getProcessDefinitionId(), null,
          (e == null || execution.equals(e.getProcessInstanceId()) ? "" : "execution " + execution + ": ") + detail);
    }
    if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      return act("write variables (batch)", null, null, null, "variables on many instances");
    }
    if (command instanceof AbstractCorrelateMessageCmd || command instanceof CorrelateAllMessageBatchCmd
        || command instanceof MessageEventReceivedCmd) {
      return act("correlate a message", null, null, null, "message " + safe(() -> field(command, "messageName")));
    }
    if (command instanceof SignalEventReceivedCmd || command instanceof SignalCmd) {
      return act("deliver a signal", null, null, null, command.getClass().getSimpleName());
    }
    if (command instanceof EvaluateStartConditionCmd) {
      return act("start by condition", null, null, null, "conditional start events");
    }
    if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      String task = field(command, "taskId");
      return act(command instanceof HandleTaskBpmnErrorCmd ? "throw an error from a task" : "escalate from a task",
          null, null, null, "task " + task);
    }
    if (command instanceof ExecuteJobsCmd) {
      // any job: a reminder run early mails people out of turn, and a failed run costs a retry
      String jobId = field(command, "jobId");
      JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
      if (job == null) {
        return Optional.empty();
      }
      return act(TIMER_JOBS.contains(job.getJobHandlerType()) ? "run a timer now" : "run a job now",
          job.getProcessInstanceId(), job.getProcessDefinitionId(), null, "job " + jobId + " at " + job.getActivityId());
    }
    if (command instanceof SetJobDuedateCmd || command instanceof RecalculateJobDuedateCmd) {
      String jobId = field(command, "jobId");
      JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
      if (job == null || !TIMER_JOBS.contains(job.getJobHandlerType())) {
        return Optional.empty();
      }
      return act("change a timer's due date", job.getProcessInstanceId(), job.getProcessDefinitionId(), null,
          "job " + jobId + " at " + job.getActivityId());
    }
    if (command instanceof SetJobRetriesCmd || command instanceof SetJobsRetriesBatchCmd
        || command instanceof SetJobsRetriesByProcessBatchCmd) {
      String jobId = command instanceof SetJobRetriesCmd ? field(command, "jobId") : null;
      JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
      return act("set job retries", job == null ? null : job.getProcessInstanceId(),
          job == null ? null : job.getProcessDefinitionId(), null,
          jobId != null ? "job " + jobId : "retries " + safe(() -> field(command, "retries")) + " on many jobs");
    }
    if (command instanceof SetJobPriorityCmd || command instanceof SetJobDefinitionPriorityCmd) {
      return act("set job priority", null, null, null, command.getClass().getSimpleName());
    }
    if (command instanceof AbstractSetProcessInstanceStateCmd || command instanceof AbstractSetJobStateCmd
        || command instanceof AbstractSetJobDefinitionStateCmd || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd
        || command instanceof UpdateProcessInstancesSuspendStateBatchCmd) {
      String instance = command instanceof AbstractSetProcessInstanceStateCmd || command instanceof AbstractSetJobStateCmd
          ? safe(() -> field(command, "processInstanceId")) : null;
      return act("suspend or activate", "null".equals(instance) ? null : instance, null, null,
          command.getClass().getSimpleName());
    }
    if (command instanceof AbstractSetProcessDefinitionStateCmd && Boolean.TRUE.equals(field(command, "includeSubResources"))) {
      return act("suspend or activate with its instances", null, safe(() -> field(command, "processDefinitionId")), null,
          command.getClass().getSimpleName());
    }
    if (command instanceof DeleteProcessInstanceCmd) {
      String instance = field(command, "processInstanceId");
      return act("delete an instance", instance, definitionOf(context, instance), null,
          "reason " + safe(() -> field(command, "deleteReason")));
    }
    if (command instanceof DeleteProcessInstancesCmd || command instanceof DeleteProcessInstanceBatchCmd) {
      return act(command instanceof DeleteProcessInstancesCmd ? "delete instances" : "delete instances (batch)", null, null,
          null, "instances " + ids(field(command, "processInstanceIds")));
    }
    if (command instanceof DeleteHistoricProcessInstancesCmd || command instanceof DeleteHistoricProcessInstancesBatchCmd
        || command instanceof DeleteHistoricTaskInstanceCmd || command instanceof DeleteHistoricVariableInstanceCmd
        || command instanceof DeleteHistoricVariableInstancesByProcessInstanceIdCmd) {
      return act("delete history", null, null, null, command.getClass().getSimpleName());
    }
    if (command instanceof DeleteDeploymentCmd && Boolean.TRUE.equals(field(command, "cascade"))) {
      return act("delete a deployment with its instances", null, null, null, "deployment " + field(command, "deploymentId"));
    }
    if (command instanceof DeleteProcessDefinitionsByIdsCmd && Boolean.TRUE.equals(field(command, "cascadeToInstances"))
        || command instanceof DeleteProcessDefinitionsByKeyCmd && Boolean.TRUE.equals(field(command, "cascade"))) {
      return act("delete a definition with its instances", null, null, null, command.getClass().getSimpleName());
    }
    if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      String taskId = field(command, "entityId");
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      return act("write task variables", task == null ? null : task.getProcessInstanceId(),
          task == null ? null : task.getProcessDefinitionId(), null, "task " + taskId);
    }
    return Optional.empty();
  }

  private static Optional<Act> act(String command, String instance, String definition, String annotation, String detail) {
    return Optional.of(new Act(command, instance, definition, annotation, detail));
  }

  private static String definition(ProcessInstantiationBuilderImpl b) {
    return b.getProcessDefinitionId() != null ? b.getProcessDefinitionId() : "key " + b.getProcessDefinitionKey();
  }

  private static String definitionOf(CommandContext context, String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    ExecutionEntity e = context.getExecutionManager().findExecutionById(processInstanceId);
    return e == null ? null : e.getProcessDefinitionId();
  }

  private static String describe(List<AbstractProcessInstanceModificationCommand> operations) {
    if (operations == null || operations.isEmpty()) {
      return "no instructions";
    }
    return String.join(", ", operations.stream().map(GuardedCommands::describeOne).toList());
  }

  private static String describeOne(AbstractProcessInstanceModificationCommand operation) {
    try {
      var describe = AbstractProcessInstanceModificationCommand.class.getDeclaredMethod("describe");
      describe.setAccessible(true);
      return String.valueOf(describe.invoke(operation));
    } catch (ReflectiveOperationException e) {
      return operation.getClass().getSimpleName();
    }
  }

  private static String skips(boolean listeners, boolean ioMappings) {
    return (listeners ? "; skipping custom listeners" : "") + (ioMappings ? "; skipping input/output mappings" : "");
  }

  private static String ids(List<String> ids) {
    return ids == null || ids.isEmpty() ? "(by query)" : String.join(", ", ids);
  }

  private static String names(Collection<?> names) {
    return names == null ? "" : String.join(", ", names.stream().map(String::valueOf).sorted().toList());
  }

  private static String safe(java.util.function.Supplier<Object> value) {
    try {
      return String.valueOf(value.get());
    } catch (RuntimeException e) {
      return "?";
    }
  }

  /** A field of an engine command or builder (they offer no getter for some): a fixed engine version. */
  @SuppressWarnings("unchecked")
  static <T> T field(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return (T) f.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("No field " + name + " on " + target.getClass().getName());
  }
}
