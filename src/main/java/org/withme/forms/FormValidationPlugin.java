package org.withme.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every submitted Camunda Form on the server. First, before anything of the step runs,
 * what a signed-in person submits ({@link SubmissionGuard}: only declared fields, of the right
 * kind and size). Then, at the end of the task (or the start event), what the step holds against
 * the constraints the form declares (required, ranges, lengths, options), for every caller, the
 * Java API included. A breach refuses the whole step with a message naming the field. No model
 * needs to opt in: every {@code camunda:formRef} is covered, literal or an expression.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new FormParseListener());
    configuration.setCustomPreBPMNParseListeners(listeners);
    // before any listener or side effect: what a person submits (SubmissionGuard)
    configuration.setCustomPostCommandInterceptorsTxRequired(withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new SubmissionGuard());
    return interceptors;
  }

  /** The property of a process definition holding its start form's reference. */
  static final String START_FORM = "withme.startForm";

  static final class FormParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      FormReference ref = FormReference.of(element);
      if (ref == null && isExpression(element)) {
        // a form chosen when the task is created (the score sheet): the task's own reference, evaluated
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, new ValidateChosenForm(nameOf(element)));
      } else if (ref != null) {
        // an execution listener, not a task listener: its exception reaches the caller unwrapped,
        // so the REST API answers 400 with the message
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, new ValidateTaskForm(ref, nameOf(element)));
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      FormReference ref = FormReference.of(element);
      if (ref != null && scope instanceof ProcessDefinitionEntity definition) {
        definition.setProperty(START_FORM, ref);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new ValidateStartForm(ref, nameOf(element)));
      }
    }
  }

  /** The element's name as the model gives it, or its id. */
  static String nameOf(Element element) {
    String name = element.attribute("name");
    return name == null || name.isBlank() ? element.attribute("id") : name.replaceAll("\\s+", " ").trim();
  }

  private static boolean isExpression(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return formRef != null && (formRef.contains("${") || formRef.contains("#{"));
  }

  /**
   * The form of a user task, literal or an expression evaluated against the task's execution (as
   * the engine does when it shows the task), or null when the task has no Camunda Form.
   */
  static FormSchema schemaOf(TaskDefinition task, VariableScope execution, String processDefinitionId) {
    if (task == null || task.getCamundaFormDefinitionKey() == null) {
      return null;
    }
    Object key = task.getCamundaFormDefinitionKey().getValue(execution);
    if (key == null || key.toString().isBlank()) {
      return null;
    }
    return new FormReference(key.toString(), "latest".equals(task.getCamundaFormDefinitionBinding()))
        .schema(processDefinitionId);
  }

  /** A task whose form is chosen by an expression: checked against the form chosen. */
  record ValidateChosenForm(String taskName) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled() || !(((ExecutionEntity) execution).getActivity().getActivityBehavior()
          instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      FormSchema schema = schemaOf(behavior.getTaskDefinition(), execution, execution.getProcessDefinitionId());
      List<String> problems = schema == null ? List.of() : FormRules.problems(schema, execution::getVariable);
      if (!problems.isEmpty()) {
        throw new InvalidFormException("The form of '" + taskName + "'", problems);
      }
    }
  }

  /** A literal {@code camunda:formRef} and its binding. */
  record FormReference(String formRef, boolean latest) {
    static FormReference of(Element element) {
      String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formRef == null || formRef.isBlank() || formRef.contains("${") || formRef.contains("#{")) {
        return null;
      }
      String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
      return new FormReference(formRef, "latest".equals(binding));
    }

    FormSchema schema(String processDefinitionId) {
      String deploymentId = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId();
      return DeployedForms.find(deploymentId, formRef, latest);
    }
  }

  record ValidateTaskForm(FormReference ref, String taskName) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return; // a timer, message or deletion ends the task: nothing was submitted
      }
      List<String> problems = FormRules.problems(ref.schema(execution.getProcessDefinitionId()), execution::getVariable);
      if (!problems.isEmpty()) {
        throw new InvalidFormException("The form of '" + taskName + "'", problems);
      }
    }
  }

  record ValidateStartForm(FormReference ref, String eventName) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      List<String> problems = FormRules.problems(ref.schema(execution.getProcessDefinitionId()), execution::getVariable);
      if (!problems.isEmpty()) {
        throw new InvalidFormException("The start form", problems);
      }
    }
  }
}
