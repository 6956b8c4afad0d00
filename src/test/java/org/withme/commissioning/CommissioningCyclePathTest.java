package org.withme.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.withme.governance.DeploymentPolicy;
import org.withme.governance.DeploymentPolicyProperties;
import org.withme.governance.PolicyModels;
import org.withme.governance.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks the model's graph, without an engine: no path from a stage's start reaches the stage's
 * end (and so the next stage) without passing the stage's participation gate, including paths
 * through loops and boundary events.
 */
class CommissioningCyclePathTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/commissioning-cycle.bpmn"));

  @ParameterizedTest
  @CsvSource({"AnalyseStage,analyse", "PlanStage,plan", "DoStage,do", "ReviewStage,review"})
  void everyPathThroughAStagePassesItsGate(String stageId, String gatePoint) {
    SubProcess stage = MODEL.getModelElementById(stageId);
    List<ServiceTask> gates = stage.getChildElementsByType(ServiceTask.class).stream()
        .filter(t -> "${participationGate}".equals(t.getCamundaDelegateExpression())).toList();
    assertThat(gates).as("the gate of " + stageId).hasSize(1);
    ServiceTask gate = gates.get(0);
    Map<String, String> inputs = inputs(gate);
    assertThat(inputs).containsEntry("gateKind", "stage-evidence").containsEntry("gatePoint", gatePoint);

    List<StartEvent> starts = stage.getChildElementsByType(StartEvent.class).stream().toList();
    assertThat(starts).hasSize(1);
    List<EndEvent> ends = stage.getChildElementsByType(EndEvent.class).stream().toList();
    assertThat(ends).as("end events of " + stageId).isNotEmpty();

    // every node reachable from the start without passing the gate
    Set<String> reachableWithoutGate = reachable(starts.get(0), gate.getId());
    // the only ends reachable without the gate are those of boundary-event branches that run beside
    // the stage's main path (the overdue feedback escalation): the stage itself cannot complete
    // while its main token waits before the gate
    for (EndEvent end : ends) {
      if (reachableWithoutGate.contains(end.getId())) {
        assertThat(onlyReachedThroughNonInterruptingBoundary(stage, end, gate.getId()))
            .as(end.getId() + " is reached without passing " + gate.getId()).isTrue();
      }
    }
    // the gate itself is reachable, and from the gate the stage's close is reachable
    assertThat(reachableWithoutGate).contains(gate.getId());
    Set<String> afterGate = reachable(gate, null);
    assertThat(ends.stream().map(EndEvent::getId).filter(afterGate::contains)).isNotEmpty();
    // the stage is left only through its own end: no flow leaves the subprocess from inside
    for (FlowNode node : stage.getChildElementsByType(FlowNode.class)) {
      for (SequenceFlow out : node.getOutgoing()) {
        assertThat(out.getTarget().getParentElement()).as(out.getId() + " stays in " + stageId).isEqualTo(stage);
      }
    }
    // boundary events inside the stage run beside it: none interrupts the task it is attached to
    MODEL.getModelElementsByType(BoundaryEvent.class).stream().filter(b -> b.getParentElement() == stage)
        .forEach(b -> assertThat(b.cancelActivity()).as(b.getId() + " is non-interrupting").isFalse());
    // nor through an interrupting boundary event on the stage
    assertThat(MODEL.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo().getId().equals(stageId))).isEmpty();
  }

  @Test
  void theStagesFollowEachOtherAndLoopBackOnlyToAStageStart() {
    for (String stage : List.of("AnalyseStage", "PlanStage", "DoStage", "ReviewStage")) {
      assertThat((Object) MODEL.getModelElementById(stage)).isInstanceOf(SubProcess.class);
    }
    Set<String> afterAnalyse = reachable(MODEL.<FlowNode>getModelElementById("AnalyseStage"), null);
    assertThat(afterAnalyse).contains("PlanStage", "DoStage", "ReviewStage", "ContractExtended", "ServiceDecommissioned");
  }

  /**
   * The production check (the deployment policy that refuses models at deployment) runs on the
   * shipped model with one flow added around the Analyse gate, and refuses it naming the element.
   */
  @Test
  void theDeploymentPolicyRefusesABypassOfTheStageGate() {
    DeploymentPolicy policy = new DeploymentPolicy(DeploymentPolicyProperties.defaults());
    BpmnModelInstance shipped = Bpmn.readModelFromFile(new File("processes/commissioning-cycle.bpmn"));
    assertThat(check(policy, shipped)).isEmpty();

    BpmnModelInstance broken = Bpmn.readModelFromFile(new File("processes/commissioning-cycle.bpmn"));
    FlowNode from = broken.getModelElementById("AnalyseCheckIntelligence");
    FlowNode to = broken.getModelElementById("AnalyseClosed");
    SequenceFlow bypass = broken.newInstance(SequenceFlow.class);
    bypass.setId("Bypass");
    ((SubProcess) broken.getModelElementById("AnalyseStage")).addChildElement(bypass);
    bypass.setSource(from);
    bypass.setTarget(to);
    from.getOutgoing().add(bypass);
    to.getIncoming().add(bypass);

    // the bypass itself, named by the element it reaches; and, since the stage can now end after
    // Check existing intelligence, that task counts as coming after the gate too
    assertThat(check(policy, broken)).extracting(Violation::elementId)
        .containsExactlyInAnyOrder("AnalyseClosed", "AnalyseCheckIntelligence");
    assertThat(check(policy, broken)).filteredOn(v -> v.elementId().equals("AnalyseClosed")).singleElement()
        .extracting(Violation::message).asString()
        .contains("in the stage 'Analyse stage' (AnalyseStage) a path reaches 'Analyse stage closed' (AnalyseClosed)"
            + " without passing the participation gate 'Participation gate' (AnalyseGate)");
  }

  private static List<Violation> check(DeploymentPolicy policy, BpmnModelInstance model) {
    byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    return PolicyModels.processes(new ByteArrayInputStream(xml)).stream().flatMap(p -> policy.check(p).stream()).toList();
  }

  /**
   * Whether every path from the stage's start to {@code end} without the gate begins with a
   * non-interrupting boundary event (the main token then still has to pass the gate).
   */
  private static boolean onlyReachedThroughNonInterruptingBoundary(SubProcess stage, EndEvent end, String gateId) {
    StartEvent start = stage.getChildElementsByType(StartEvent.class).iterator().next();
    Deque<FlowNode> todo = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      FlowNode n = todo.pop();
      if (!seen.add(n.getId()) || n.getId().equals(gateId)) {
        continue;
      }
      if (n.getId().equals(end.getId())) {
        return false;
      }
      n.getOutgoing().forEach(f -> todo.push(f.getTarget())); // boundary branches deliberately not followed
    }
    return true;
  }

  /** Nodes reachable from {@code from} along sequence flows and boundary events, not passing {@code stop}. */
  static Set<String> reachable(FlowNode from, String stop) {
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      FlowNode n = todo.pop();
      if (!seen.add(n.getId()) || n.getId().equals(stop)) {
        continue;
      }
      List<FlowNode> next = new ArrayList<>();
      n.getOutgoing().forEach(f -> next.add(f.getTarget()));
      MODEL.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> b.getAttachedTo().getId().equals(n.getId())).forEach(next::add);
      todo.addAll(next);
    }
    return seen;
  }

  private static Map<String, String> inputs(ServiceTask task) {
    Map<String, String> m = new java.util.HashMap<>();
    task.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
        .singleResult().getCamundaInputParameters().forEach((CamundaInputParameter p) -> m.put(p.getCamundaName(), p.getTextContent()));
    return m;
  }
}
