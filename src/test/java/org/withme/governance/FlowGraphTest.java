package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where tokens can go: nested subprocesses, link events, boundary and event subprocesses. */
class FlowGraphTest {

  private static FlowGraph graph(String processBody) {
    String xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true" camunda:historyTimeToLive="P1D">%s</bpmn:process>
        </bpmn:definitions>""".formatted(processBody);
    return FlowGraph.of(PolicyModels.processes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).get(0));
  }

  @Test
  void aTaskInsideANestedSubprocessIsReachedThroughItsStart() {
    FlowGraph g = graph("""
        <bpmn:startEvent id="S"/><bpmn:task id="Gate"/>
        <bpmn:subProcess id="Award"><bpmn:startEvent id="AS"/><bpmn:task id="AwardContract"/><bpmn:endEvent id="AE"/>
          <bpmn:sequenceFlow id="a1" sourceRef="AS" targetRef="AwardContract"/>
          <bpmn:sequenceFlow id="a2" sourceRef="AwardContract" targetRef="AE"/></bpmn:subProcess>
        <bpmn:endEvent id="E"/>
        <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="Gate"/>
        <bpmn:sequenceFlow id="f2" sourceRef="Gate" targetRef="Award"/>
        <bpmn:sequenceFlow id="f3" sourceRef="Award" targetRef="E"/>""");
    assertThat(g.reachable(g.processStarts(), Set.of())).contains("AwardContract", "E");
    assertThat(g.reachable(g.processStarts(), Set.of("Gate"))).doesNotContain("AwardContract", "E");
    assertThat(g.inside("Award")).containsExactlyInAnyOrder("AS", "AwardContract", "AE");
  }

  @Test
  void aLinkEventJumpsAroundTheGate() {
    FlowGraph g = graph("""
        <bpmn:startEvent id="S"/><bpmn:task id="Gate"/><bpmn:task id="AwardContract"/>
        <bpmn:intermediateThrowEvent id="Jump"><bpmn:linkEventDefinition name="award"/></bpmn:intermediateThrowEvent>
        <bpmn:intermediateCatchEvent id="Land"><bpmn:linkEventDefinition name="award"/></bpmn:intermediateCatchEvent>
        <bpmn:exclusiveGateway id="X"/>
        <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="X"/>
        <bpmn:sequenceFlow id="f2" sourceRef="X" targetRef="Gate"/>
        <bpmn:sequenceFlow id="f3" sourceRef="X" targetRef="Jump"/>
        <bpmn:sequenceFlow id="f4" sourceRef="Gate" targetRef="AwardContract"/>
        <bpmn:sequenceFlow id="f5" sourceRef="Land" targetRef="AwardContract"/>""");
    assertThat(g.reachable(g.processStarts(), Set.of("Gate"))).contains("AwardContract");
  }

  @Test
  void aNonInterruptingEventReachesFurtherButCannotCompleteItsScope() {
    FlowGraph g = graph("""
        <bpmn:startEvent id="S"/>
        <bpmn:subProcess id="Stage"><bpmn:startEvent id="SS"/><bpmn:task id="Work"/><bpmn:task id="Gate"/><bpmn:endEvent id="SE"/>
          <bpmn:boundaryEvent id="Remind" cancelActivity="false" attachedToRef="Work"/><bpmn:endEvent id="Reminded"/>
          <bpmn:sequenceFlow id="s1" sourceRef="SS" targetRef="Work"/>
          <bpmn:sequenceFlow id="s2" sourceRef="Work" targetRef="Gate"/>
          <bpmn:sequenceFlow id="s3" sourceRef="Gate" targetRef="SE"/>
          <bpmn:sequenceFlow id="s4" sourceRef="Remind" targetRef="Reminded"/></bpmn:subProcess>
        <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="Stage"/>""");
    assertThat(g.reachable(List.of("Stage"), Set.of("Gate"), true)).contains("Reminded", "Stage" + FlowGraph.DONE);
    assertThat(g.reachable(List.of("Stage"), Set.of("Gate"), false)).doesNotContain("Reminded", "Stage" + FlowGraph.DONE);
  }
}
