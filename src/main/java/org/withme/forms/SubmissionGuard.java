package org.withme.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks what a person submits before anything of the step runs: completing a task
 * ({@code taskService.complete}, {@code formService.submitTaskForm}, REST {@code /complete},
 * {@code /submit-form}, {@code /resolve}, the Tasklist) and starting a process that has a start
 * form ({@code /start}, {@code /submit-form}). The form is the task's own (a literal
 * {@code camunda:formRef} or the one its expression chooses for this execution) or the start
 * event's; the submission is checked by {@link SubmissionRules} and refused as a whole with
 * {@link InvalidFormException} (REST 400) before any listener, delegate or record runs. Read-only
 * values sent back unchanged are left out, so showing a value never rewrites it.
 *
 * <p>Applies to calls with an authenticated user, as the integrity guard does; WithMe's own code
 * (no user, or nested inside another command) is not checked here, only by the form's constraints
 * at the end of the task.
 */
final class SubmissionGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionGuard.class);
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** One submission: the form, where its current values are read, and the values sent. */
  private record Submission(String what, FormSchema schema, TaskEntity task, Map<String, Object> variables) {}

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] == 1) {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
          Submission submission = submission(command, context);
          if (submission != null) {
            check(submission);
          }
        }
      }
      return next.execute(command);
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  private static void check(Submission s) {
    Map<String, Object> sent = s.variables() == null ? Map.of() : s.variables();
    Map<String, Object> plain = new LinkedHashMap<>();
    for (String key : sent.keySet()) {
      // a VariableMap's get() deserializes; its typed value is read as it was sent
      plain.put(key, SubmittedValues.plain(sent instanceof VariableMap typed ? typed.getValueTyped(key) : sent.get(key)));
    }
    SubmissionRules.Result result = SubmissionRules.check(s.schema(), plain, key -> current(s, key));
    if (!result.accepted()) {
      throw new InvalidFormException(s.what(), result.problems());
    }
    for (String key : result.unchangedReadonly()) {
      try {
        sent.remove(key);
      } catch (UnsupportedOperationException e) {
        return; // an unmodifiable map from a Java caller: the unchanged value is written back as it is
      }
    }
  }

  /** The value a variable holds now, as the task sees it; nothing before a start. */
  private static Object current(Submission s, String key) {
    if (s.task() == null) {
      return null;
    }
    Object value = SubmittedValues.plain(s.task().getVariable(key));
    if (value instanceof String text && text.startsWith("[") && s.schema().declaredField(key).map(FormField::isList).orElse(false)) {
      return SubmittedValues.json(text); // rows kept as JSON text
    }
    return value;
  }

  private static Submission submission(Command<?> command, CommandContext context) {
    try {
      if (command instanceof CompleteTaskCmd) {
        return forTask(context, field(command, "taskId"), field(command, "variables"));
      }
      if (command instanceof SubmitTaskFormCmd) {
        return forTask(context, field(command, "taskId"), field(command, "properties"));
      }
      if (command instanceof SubmitStartFormCmd) {
        return forStart(context, definition(context, field(command, "processDefinitionId"), null, null),
            field(command, "variables"));
      }
      if (command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl b = field(command, "instantiationBuilder");
        return forStart(context, definition(context, b.getProcessDefinitionId(), b.getProcessDefinitionKey(), b.getTenantId()),
            b.getVariables());
      }
    } catch (InvalidFormException e) {
      throw e;
    } catch (ProcessEngineException e) {
      // an unknown task or definition: the engine itself answers (404)
      LOG.debug("No form to check for {}: {}", command.getClass().getSimpleName(), e.getMessage());
    }
    return null;
  }

  private static Submission forTask(CommandContext context, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecution() == null) {
      return null; // not found (the engine answers 404), or a task outside any process
    }
    FormSchema schema = FormValidationPlugin.schemaOf(task.getTaskDefinition(), task.getExecution(), task.getProcessDefinitionId());
    return schema == null ? null : new Submission("The form of '" + task.getName() + "'", schema, task, variables);
  }

  private static Submission forStart(CommandContext context, ProcessDefinitionEntity definition, Map<String, Object> variables) {
    if (definition == null || !(definition.getProperty(FormValidationPlugin.START_FORM)
        instanceof FormValidationPlugin.FormReference ref)) {
      return null;
    }
    return new Submission("The start form", ref.schema(definition.getId()), null, variables);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key, String tenantId) {
    ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
    var cache = configuration.getDeploymentCache();
    if (id != null) {
      return cache.findDeployedProcessDefinitionById(id);
    }
    if (key == null) {
      return null;
    }
    return tenantId == null ? cache.findDeployedLatestProcessDefinitionByKey(key)
        : cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenantId);
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        var f = c.getDeclaredField(name);
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
