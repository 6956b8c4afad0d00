package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.withme.support.WithMeTest;

/**
 * The policy inside the engine: each test model in src/test/resources/policy/ that breaks one rule
 * is refused on deployment with a message naming the process and the element, and nothing of it
 * is deployed; every shipped model is deployed.
 */
@WithMeTest
class DeploymentPolicyEngineTest {

  @Autowired ProcessEngine engine;

  private void assertRefused(String testModel, String processId, String... messageParts) {
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
            .name("policy test " + testModel)
            .addClasspathResource("policy/" + testModel)
            .deploy())
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Deployment refused by WithMe's deployment policy")
        .hasMessageContaining(processId)
        .satisfies(e -> {
          for (String part : messageParts) {
            assertThat(e.getMessage()).contains(part);
          }
        });
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void everyShippedModelIsDeployed() {
    for (Path model : PolicyModels.shippedModels()) {
      for (BpmnXml process : PolicyModels.file(model)) {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(process.id()).count()).as(model.toString()).isPositive();
      }
    }
  }

  @Test
  void aStageWithoutItsGateIsRefused() {
    assertRefused("stage-without-gate.bpmn", "commissioning-cycle", "'Analyse' (AnalyseStage)",
        "does not end in the participation gate");
  }

  @Test
  void aPathAroundTheStageGateIsRefused() {
    assertRefused("stage-bypasses-gate.bpmn", "commissioning-cycle", "(AnalyseSkipped)",
        "without passing the participation gate");
  }

  @Test
  void aTaskAfterTheStageGateIsRefused() {
    assertRefused("stage-gate-not-last.bpmn", "commissioning-cycle", "(AnalyseAfterGate) comes after the gate");
  }

  @Test
  void anInterruptingBoundaryEventOnAStageIsRefused() {
    assertRefused("stage-boundary-exit.bpmn", "commissioning-cycle", "(AnalyseDeadline)",
        "leaves the stage and leads on to 'Plan' (PlanStage)");
  }

  @Test
  void aMissingStageIsRefused() {
    assertRefused("stage-missing.bpmn", "commissioning-cycle", "the stage 'PlanStage' is missing");
  }

  @Test
  void anAwardAroundTheYoungPanelGateIsRefused() {
    assertRefused("tender-award-without-gate.bpmn", "tender-evaluation",
        "(AwardContract) can be reached without 'Participation gate' (YoungPanelGate)");
  }

  @Test
  void scoringBeforeTheConflictsDeclarationsIsRefused() {
    assertRefused("tender-scores-before-conflicts.bpmn", "tender-evaluation",
        "(ScoreBids) can be reached without 'Declare conflicts of interest' (DeclareConflicts)");
  }

  @Test
  void anAwardWithoutTheCharterIsRefused() {
    assertRefused("tender-award-without-charter.bpmn", "tender-evaluation",
        "(AwardContract) can be reached without 'Sign the participation charter' (SignParticipationCharter)");
  }

  @Test
  void aYoungPanelGateOfTheWrongKindIsRefused() {
    assertRefused("tender-gate-of-wrong-kind.bpmn", "tender-evaluation", "(YoungPanelGate) must be the participation gate");
  }

  @Test
  void aUserTaskWithoutAFormIsRefused() {
    assertRefused("user-task-without-form.bpmn", "policy-user-task-without-form", "(WriteNote) has no form");
  }

  @Test
  void aUserTaskWithoutCandidatesOrAssigneeIsRefused() {
    assertRefused("user-task-without-assignee.bpmn", "policy-user-task-without-assignee",
        "(WriteNote) has no candidate group, candidate user or assignee");
  }

  @Test
  void aModelWithoutTheFormsBoundToItsDeploymentIsRefused() {
    assertRefused("deployed-by-process-owner.bpmn", "policy-deployed-by-process-owner",
        "'Write a note' (WriteNote) shows the form 'test-form' bound to its deployment",
        "deploy forms/test-form.form together with the model");
  }

  @Test
  void aModelDeployedWithItsFormsIsAccepted() {
    var deployment = engine.getRepositoryService().createDeployment().name("policy test with its form")
        .addClasspathResource("policy/deployed-by-process-owner.bpmn")
        .addClasspathResource("policy/test-form.form")
        .deploy();
    try {
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
          .isEqualTo(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsRefused() {
    assertRefused("process-without-history-ttl.bpmn", "policy-without-history-ttl", "has no history time to live");
  }
}
