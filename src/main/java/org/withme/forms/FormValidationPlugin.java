package org.withme.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every submitted Camunda Form on the server against the constraints the form declares
 * (required, ranges, lengths, options): on completing a user task and on starting a process with
 * a start form. A breach refuses the whole step with a message naming the field. No model needs
 * to opt in: every {@code camunda:formRef} is covered.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new FormParseListener());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static final class FormParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      FormReference ref = FormReference.of(element);
      if (ref != null) {
        // an execution listener, not a task listener: its exception reaches the caller unwrapped,
        // so the REST API answers 400 with the message
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, new ValidateTaskForm(ref, nameOf(element)));
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      FormReference ref = FormReference.of(element);
      if (ref != null && scope instanceof ProcessDefinitionEntity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new ValidateStartForm(ref, nameOf(element)));
      }
    }
  }

  /** The element's name as the model gives it, or its id. */
  static String nameOf(Element element) {
    String name = element.attribute("name");
    return name == null || name.isBlank() ? element.attribute("id") : name.replaceAll("\\s+", " ").trim();
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
