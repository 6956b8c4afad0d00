package org.withme.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * For user tasks that can come round again (loops, a re-commissioned cycle): at the task's start,
 * removes the values its form's own input fields left last time, so "required" is checked against
 * what is submitted now, not against an earlier answer. Read-only context fields are kept.
 * Bind as a start execution listener: {@code delegateExpression="${freshForm}"}.
 */
@Component("freshForm")
public class FreshFormListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof UserTask task) || task.getCamundaFormRef() == null
        || task.getCamundaFormRef().contains("{")) {
      return;
    }
    String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
    FormSchema schema = DeployedForms.find(deploymentId, task.getCamundaFormRef(),
        "latest".equals(task.getCamundaFormRefBinding()));
    for (FormField field : schema.fields()) {
      execution.removeVariable(field.key());
    }
  }
}
