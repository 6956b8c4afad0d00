package org.withme.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Enforces the {@link DeploymentPolicy} inside the engine: every BPMN deployment, from the
 * Modeler through /engine-rest, from Cockpit or at start-up, is parsed with this listener, and a
 * model that breaks the policy is refused as a whole with a message naming the process and the
 * element (REST answers 400 with the message).
 */
@Component
public class DeploymentPolicyPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentPolicy policy;

  public DeploymentPolicyPlugin(DeploymentPolicyProperties properties) {
    this.policy = new DeploymentPolicy(properties);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new PolicyParseListener(policy));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static final class PolicyParseListener extends AbstractBpmnParseListener {

    private final DeploymentPolicy policy;

    PolicyParseListener(DeploymentPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      List<Violation> violations = policy.check(BpmnXml.of(processElement));
      if (!violations.isEmpty()) {
        // the engine turns this into a ParseException with the resource, line and column
        throw new BpmnParseException("Deployment refused by WithMe's deployment policy: " + violations.stream()
            .map(Violation::message).collect(Collectors.joining("; ")), processElement);
      }
    }
  }
}
