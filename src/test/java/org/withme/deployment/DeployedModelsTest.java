package org.withme.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.withme.support.WithMeTest;

/** Every model of processes/ is deployed at start, and every form it refers to is deployed with it. */
@WithMeTest
class DeployedModelsTest {

  @Autowired ProcessEngine engine;

  @Test
  void everyModelIsDeployedAndEveryFormRefIsFoundInItsDeployment() {
    File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(models).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (File file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          continue;
        }
        ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(process.getId()).latestVersion().singleResult();
        assertThat(deployed).as(process.getId() + " is deployed").isNotNull();
        assertThat(deployed.getHistoryTimeToLive()).as(process.getId() + " historyTimeToLive").isNotNull();
        List<String> formRefs = new ArrayList<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> formRefs.add(t.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(s -> formRefs.add(s.getCamundaFormRef()));
        for (String formRef : formRefs) {
          if (formRef == null || formRef.contains("${")) {
            continue;
          }
          Object form = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
              .getCommandExecutorTxRequired().execute(ctx -> ctx.getCamundaFormDefinitionManager()
                  .findDefinitionByDeploymentAndKey(deployed.getDeploymentId(), formRef));
          if (form == null) {
            missing.add(process.getId() + " → " + formRef);
          }
        }
      }
    }
    assertThat(missing).as("formRefs without a form deployed beside the model").isEmpty();
  }

  @Test
  void everyFormIsUsedByAModelOrChosenByAnExpression() throws Exception {
    StringBuilder models = new StringBuilder();
    for (File f : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      models.append(java.nio.file.Files.readString(f.toPath()));
    }
    StringBuilder code = new StringBuilder();
    try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        code.append(java.nio.file.Files.readString(source));
      }
    }
    for (File form : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      String id = form.getName().replace(".form", "");
      boolean inModel = models.toString().contains("camunda:formRef=\"" + id + "\"");
      boolean chosenInCode = code.toString().contains("\"" + id + "\"");
      assertThat(inModel || chosenInCode).as("a model or a formRef expression uses the form " + id).isTrue();
    }
  }
}
