package org.withme.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.withme.governance.DeploymentPolicyProperties.GateRule;
import org.withme.governance.DeploymentPolicyProperties.PathRule;
import org.withme.governance.DeploymentPolicyProperties.StageRule;

/**
 * The rules every model must keep to be deployed: no stage or award without young people, a form
 * and someone responsible for every user task, and a history time to live. Plain Java over the
 * model's XML; the engine calls it while parsing a deployment ({@link DeploymentPolicyPlugin}).
 */
public final class DeploymentPolicy {

  private static final Set<String> PASSABLE = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "complexGateway", "intermediateThrowEvent", "intermediateCatchEvent", "endEvent",
      "startEvent", "boundaryEvent");

  private final DeploymentPolicyProperties properties;

  public DeploymentPolicy(DeploymentPolicyProperties properties) {
    this.properties = properties;
  }

  /** Every breach in one {@code bpmn:process} element; empty when it may be deployed. */
  public List<Violation> check(BpmnXml process) {
    return check(process, null);
  }

  /**
   * Every breach in one {@code bpmn:process} element deployed together with Camunda Forms of these
   * ids ({@code null}: not known, forms are not checked).
   */
  public List<Violation> check(BpmnXml process, Set<String> deployedFormIds) {
    List<Violation> violations = new ArrayList<>();
    if (!properties.enabled()) {
      return violations;
    }
    String processId = process.id();
    String processLabel = "Process " + process.label();
    if (properties.historyTimeToLiveRequired() && blank(process.camundaAttribute("historyTimeToLive"))) {
      violations.add(new Violation(processId, processId, processLabel
          + " has no history time to live (camunda:historyTimeToLive): set how long its history is kept"));
    }
    FlowGraph graph = FlowGraph.of(process);
    for (BpmnXml element : graph.elements().values()) {
      if ("userTask".equals(element.name())) {
        checkUserTask(processLabel, processId, element, violations);
      }
      if (deployedFormIds != null && ("userTask".equals(element.name()) || "startEvent".equals(element.name()))) {
        checkFormDeployed(processLabel, processId, element, deployedFormIds, violations);
      }
    }
    checkStages(processLabel, processId, graph, violations);
    for (GateRule rule : properties.gates()) {
      if (rule.process().equals(processId)) {
        checkGate(processLabel, processId, graph, rule, violations);
      }
    }
    for (PathRule rule : properties.paths()) {
      if (rule.process().equals(processId)) {
        checkPath(processLabel, processId, graph, rule, violations);
      }
    }
    return violations;
  }

  private void checkUserTask(String processLabel, String processId, BpmnXml task, List<Violation> violations) {
    if (properties.userTaskFormRequired() && blank(task.camundaAttribute("formRef"))
        && blank(task.camundaAttribute("formKey"))) {
      violations.add(new Violation(processId, task.id(), processLabel + ": the user task " + task.label()
          + " has no form (camunda:formRef or camunda:formKey)"));
    }
    if (properties.userTaskAssigneeRequired() && blank(task.camundaAttribute("candidateGroups"))
        && blank(task.camundaAttribute("candidateUsers")) && blank(task.camundaAttribute("assignee"))) {
      violations.add(new Violation(processId, task.id(), processLabel + ": the user task " + task.label()
          + " has no candidate group, candidate user or assignee, so nobody would see it"));
    }
  }

  private void checkFormDeployed(String processLabel, String processId, BpmnXml element, Set<String> deployedFormIds,
      List<Violation> violations) {
    String formRef = element.camundaAttribute("formRef");
    if (!properties.formDeployedWithModelRequired() || blank(formRef) || formRef.contains("{")
        || !"deployment".equals(element.camundaAttribute("formRefBinding"))) {
      return;
    }
    if (!deployedFormIds.contains(formRef.trim())) {
      String what = "userTask".equals(element.name()) ? "the user task " : "the start event ";
      violations.add(new Violation(processId, element.id(), processLabel + ": " + what + element.label()
          + " shows the form '" + formRef.trim() + "' bound to its deployment, but the deployment has no form with"
          + " that id: deploy forms/" + formRef.trim() + ".form together with the model"));
    }
  }

  private void checkStages(String processLabel, String processId, FlowGraph graph, List<Violation> violations) {
    List<StageRule> rules = properties.stages().stream().filter(r -> r.process().equals(processId)).toList();
    boolean hasStages = rules.stream().anyMatch(r -> graph.element(r.stage()) != null);
    if (!hasStages) {
      return; // a process still without stages (an early version) has nothing to check yet
    }
    for (StageRule rule : rules) {
      BpmnXml stage = graph.element(rule.stage());
      if (stage == null || !"subProcess".equals(stage.name())) {
        violations.add(new Violation(processId, rule.stage(), processLabel + ": the stage '" + rule.stage()
            + "' is missing (it must be an embedded subprocess with that id ending in the participation gate)"));
        continue;
      }
      checkStage(processLabel, processId, graph, stage, rule, violations);
    }
  }

  private void checkStage(String processLabel, String processId, FlowGraph graph, BpmnXml stage, StageRule rule,
      List<Violation> violations) {
    String stageLabel = "the stage " + stage.label();
    Set<String> inside = graph.inside(stage.id());
    Set<String> gates = inside.stream().filter(id -> isGate(graph.element(id), rule.gateKind(), rule.gatePoint()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (gates.isEmpty()) {
      violations.add(new Violation(processId, stage.id(), processLabel + ": " + stageLabel
          + " does not end in the participation gate (a service task with ${" + properties.gateBean()
          + "}, gateKind '" + rule.gateKind() + "', gatePoint '" + rule.gatePoint() + "')"));
      return;
    }
    String done = stage.id() + FlowGraph.DONE;
    // 1. no way from the stage's start to its end around the gate
    Set<String> around = graph.reachable(List.of(stage.id()), gates, false);
    if (around.contains(done)) {
      String end = inside.stream().filter(around::contains).filter(id -> graph.next(id).contains(done))
          .findFirst().orElse(stage.id());
      violations.add(new Violation(processId, end, processLabel + ": in " + stageLabel + " a path reaches "
          + graph.element(end).label() + " without passing the participation gate " + graph.element(gates.iterator().next()).label()));
    }
    // 2. the gate is the stage's last step: between the gate and the end only gateways and events
    Set<String> afterGate = new LinkedHashSet<>();
    for (String gate : gates) {
      afterGate.addAll(graph.reachable(graph.next(gate), gates, false));
    }
    for (String id : inside) {
      if (afterGate.contains(id) && !PASSABLE.contains(graph.element(id).name())
          && graph.reachable(List.of(id), gates, false).contains(done)) {
        violations.add(new Violation(processId, id, processLabel + ": " + stageLabel
            + " does not end in the participation gate: " + graph.element(id).label()
            + " comes after the gate on the way to the stage's end"));
      }
    }
    // 3. no side door: an interrupting event on the stage may end the programme (withdrawn,
    // decommissioned), but may not lead on to what follows the stage or to another stage
    Set<String> onwards = new LinkedHashSet<>(graph.reachable(graph.next(done), Set.of()));
    properties.stages().stream().filter(r -> r.process().equals(processId) && !r.stage().equals(stage.id()))
        .map(StageRule::stage).forEach(onwards::add);
    for (BpmnXml element : graph.elements().values()) {
      if ("boundaryEvent".equals(element.name()) && stage.id().equals(element.attribute("attachedToRef"))
          && !"false".equals(element.attribute("cancelActivity"))) {
        Set<String> reached = graph.reachable(List.of(element.id()), Set.of());
        // in the model's order, so the message names the first step (usually the next stage)
        graph.elements().keySet().stream()
            .filter(reached::contains)
            .filter(onwards::contains)
            .filter(id -> graph.element(id) != null && !PASSABLE.contains(graph.element(id).name()))
            .findFirst()
            .ifPresent(next -> violations.add(new Violation(processId, element.id(), processLabel
                + ": the boundary event " + element.label() + " on " + stageLabel + " leaves the stage and leads on to "
                + graph.element(next).label() + " without the participation gate")));
      }
    }
  }

  private void checkGate(String processLabel, String processId, FlowGraph graph, GateRule rule,
      List<Violation> violations) {
    BpmnXml element = graph.element(rule.element());
    if (element == null) {
      violations.add(new Violation(processId, rule.element(), processLabel + ": the participation gate '"
          + rule.element() + "' is missing"));
    } else if (!isGate(element, rule.gateKind(), rule.gatePoint())) {
      violations.add(new Violation(processId, rule.element(), processLabel + ": " + element.label()
          + " must be the participation gate: a service task with ${" + properties.gateBean() + "}, gateKind '"
          + rule.gateKind() + "' and gatePoint '" + rule.gatePoint() + "'"));
    }
  }

  private void checkPath(String processLabel, String processId, FlowGraph graph, PathRule rule,
      List<Violation> violations) {
    BpmnXml target = graph.element(rule.target());
    if (target == null) {
      violations.add(new Violation(processId, rule.target(), processLabel + ": the element '" + rule.target()
          + "' is missing (" + rule.why() + ")"));
      return;
    }
    BpmnXml via = graph.element(rule.via());
    Set<String> blocked = via == null ? Set.of() : Set.of(rule.via());
    if (graph.reachable(graph.processStarts(), blocked).contains(rule.target())) {
      String viaLabel = via == null ? "'" + rule.via() + "', which is missing" : via.label();
      violations.add(new Violation(processId, rule.target(), processLabel + ": " + target.label()
          + " can be reached without " + viaLabel + " (" + rule.why() + ")"));
    }
  }

  private boolean isGate(BpmnXml element, String gateKind, String gatePoint) {
    return element != null && "serviceTask".equals(element.name())
        && ("${" + properties.gateBean() + "}").equals(strip(element.camundaAttribute("delegateExpression")))
        && gateKind.equals(element.inputParameter("gateKind"))
        && (gatePoint == null || gatePoint.equals(element.inputParameter("gatePoint")));
  }

  private static String strip(String s) {
    return s == null ? null : s.replaceAll("\\s+", "");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
