package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/**
 * After a restart (or a cache eviction) the engine reads deployed models again, one resource at a
 * time: the deployment policy, which checked them when they were deployed, must let them load.
 */
@WithMeTest
class RedeployedModelsTest {

  @Autowired ProcessEngine engine;

  @Test
  void runningProgrammesGoOnWhenTheEngineReadsTheirModelAgain() {
    init(engine);
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference()));

    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
        .discardProcessDefinitionCache();

    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    assertThat(engine.getFormService().getTaskFormData(taskId).getCamundaFormRef().getKey())
        .isEqualTo("check-existing-intelligence");
    ProcessInstance another = engine.getRuntimeService()
        .startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(Programmes.newReference()));
    assertThat(another).isWaitingAt("AnalyseCheckIntelligence");
    assertThat(pi).isWaitingAt("AnalyseCheckIntelligence");
  }
}
