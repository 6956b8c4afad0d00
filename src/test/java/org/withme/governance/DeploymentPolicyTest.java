package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's rules as plain Java, over the test models in src/test/resources/policy/. */
class DeploymentPolicyTest {

  private final DeploymentPolicy policy = new DeploymentPolicy(DeploymentPolicyProperties.defaults());

  private List<Violation> violations(String testModel) {
    return testModel(testModel).stream().flatMap(p -> policy.check(p).stream()).toList();
  }

  private static List<BpmnXml> testModel(String file) {
    return PolicyModels.testModel(file);
  }

  @Test
  void aCycleWhoseStagesEachEndInTheirGateIsAccepted() {
    assertThat(violations("commissioning-cycle-accepted.bpmn")).isEmpty();
  }

  @Test
  void anEventThatEndsTheProgrammeAndAReminderInsideAStageAreAccepted() {
    assertThat(violations("commissioning-cycle-withdrawn-accepted.bpmn")).isEmpty();
  }

  @Test
  void aTenderWithConflictsScoresGateAndCharterBeforeTheAwardIsAccepted() {
    assertThat(violations("tender-evaluation-accepted.bpmn")).isEmpty();
  }

  @Test
  void everyShippedModelIsAccepted() {
    List<Path> models = PolicyModels.shippedModels();
    assertThat(models).isNotEmpty();
    for (Path model : models) {
      for (BpmnXml process : PolicyModels.file(model)) {
        assertThat(policy.check(process)).as(model.toString()).isEmpty();
      }
    }
  }

  @Test
  void aStageWithoutItsGateIsRefused() {
    assertThat(violations("stage-without-gate.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AnalyseStage");
      assertThat(v.message()).contains("commissioning-cycle").contains("'Analyse' (AnalyseStage)")
          .contains("does not end in the participation gate").contains("gatePoint 'analyse'");
    });
  }

  @Test
  void aPathAroundTheStageGateIsRefused() {
    assertThat(violations("stage-bypasses-gate.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AnalyseSkipped");
      assertThat(v.message()).contains("'Analyse stage skipped' (AnalyseSkipped)".replace("Analyse stage", "Analyse"))
          .contains("without passing the participation gate 'Participation gate' (AnalyseGate)");
    });
  }

  @Test
  void aTaskAfterTheStageGateIsRefused() {
    assertThat(violations("stage-gate-not-last.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AnalyseAfterGate");
      assertThat(v.message()).contains("does not end in the participation gate")
          .contains("'Write the stage report' (AnalyseAfterGate) comes after the gate");
    });
  }

  @Test
  void anInterruptingBoundaryEventOnAStageIsRefused() {
    assertThat(violations("stage-boundary-exit.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AnalyseDeadline");
      assertThat(v.message()).contains("'Stage deadline passed' (AnalyseDeadline)")
          .contains("leaves the stage and leads on to 'Plan' (PlanStage) without the participation gate");
    });
  }

  @Test
  void aMissingStageIsRefused() {
    assertThat(violations("stage-missing.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("PlanStage");
      assertThat(v.message()).contains("the stage 'PlanStage' is missing");
    });
  }

  @Test
  void anAwardAroundTheYoungPanelGateIsRefused() {
    assertThat(violations("tender-award-without-gate.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AwardContract");
      assertThat(v.message()).contains("Process 'Tender evaluation' (tender-evaluation)")
          .contains("'Award the contract' (AwardContract) can be reached without 'Participation gate' (YoungPanelGate)");
    });
  }

  @Test
  void scoringBeforeTheConflictsDeclarationsIsRefused() {
    assertThat(violations("tender-scores-before-conflicts.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("ScoreBids");
      assertThat(v.message()).contains("'Score the bids' (ScoreBids) can be reached without "
          + "'Declare conflicts of interest' (DeclareConflicts)");
    });
  }

  @Test
  void anAwardWithoutTheCharterIsRefused() {
    assertThat(violations("tender-award-without-charter.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("AwardContract");
      assertThat(v.message()).contains("without 'Sign the participation charter' (SignParticipationCharter)");
    });
  }

  @Test
  void aYoungPanelGateOfTheWrongKindIsRefused() {
    assertThat(violations("tender-gate-of-wrong-kind.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("YoungPanelGate");
      assertThat(v.message()).contains("gateKind 'young-panel-scores'");
    });
  }

  @Test
  void aUserTaskWithoutAFormIsRefused() {
    assertThat(violations("user-task-without-form.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("WriteNote");
      assertThat(v.message()).contains("policy-user-task-without-form").contains("'Write a note' (WriteNote) has no form");
    });
  }

  @Test
  void aUserTaskWithoutCandidatesOrAssigneeIsRefused() {
    assertThat(violations("user-task-without-assignee.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("WriteNote");
      assertThat(v.message()).contains("'Write a note' (WriteNote) has no candidate group, candidate user or assignee");
    });
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsRefused() {
    assertThat(violations("process-without-history-ttl.bpmn")).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("policy-without-history-ttl");
      assertThat(v.message()).contains("has no history time to live");
    });
  }

  @Test
  void aFormBoundToTheDeploymentMustBeDeployedWithTheModel() {
    BpmnXml process = testModel("deployed-by-process-owner.bpmn").get(0);
    assertThat(policy.check(process, java.util.Set.of("test-form"))).isEmpty();
    assertThat(policy.check(process, java.util.Set.of("another-form"))).singleElement().satisfies(v -> {
      assertThat(v.elementId()).isEqualTo("WriteNote");
      assertThat(v.message()).contains("'Write a note' (WriteNote) shows the form 'test-form' bound to its deployment")
          .contains("deploy forms/test-form.form together with the model");
    });
  }

  @Test
  void theRulesCanBeSwitchedOffByConfiguration() {
    var relaxed = new DeploymentPolicy(new DeploymentPolicyProperties(true, "participationGate", false, false, false, false,
        List.of(), List.of(), List.of()));
    assertThat(testModel("tender-award-without-gate.bpmn").stream().flatMap(p -> relaxed.check(p).stream())).isEmpty();
    assertThat(testModel("user-task-without-form.bpmn").stream().flatMap(p -> relaxed.check(p).stream())).isEmpty();
  }
}
