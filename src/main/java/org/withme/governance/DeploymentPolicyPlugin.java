package org.withme.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The ids of the Camunda Forms deployed together with this process, or null when unknown. */
  static Set<String> deployedFormIds(ProcessDefinitionEntity processDefinition) {
    CommandContext context = Context.getCommandContext();
    if (context == null || processDefinition.getDeploymentId() == null) {
      return null;
    }
    DeploymentEntity deployment = context.getDbEntityManager()
        .getCachedEntity(DeploymentEntity.class, processDefinition.getDeploymentId());
    if (deployment == null || deployment.getResources() == null) {
      return null;
    }
    Set<String> ids = new HashSet<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName() != null && resource.getName().endsWith(".form") && resource.getBytes() != null) {
        try {
          JsonNode id = JSON.readTree(resource.getBytes()).path("id");
          if (id.isTextual()) {
            ids.add(id.asText());
          }
        } catch (IOException e) {
          // not a form the Tasklist could show either; the model's reference stays unmet
        }
      }
    }
    return ids;
  }

  /** Whether the model is being deployed now, rather than re-read from an earlier deployment. */
  static boolean isNewDeployment(ProcessDefinitionEntity processDefinition) {
    CommandContext context = Context.getCommandContext();
    if (context == null || processDefinition.getDeploymentId() == null) {
      return true;
    }
    DeploymentEntity deployment = context.getDbEntityManager()
        .getCachedEntity(DeploymentEntity.class, processDefinition.getDeploymentId());
    return deployment == null || deployment.isNew();
  }

  static final class PolicyParseListener extends AbstractBpmnParseListener {

    private final DeploymentPolicy policy;

    PolicyParseListener(DeploymentPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (!isNewDeployment(processDefinition)) {
        // the engine re-reads a deployed model after a restart or a cache eviction, with only that
        // model's resource at hand: it was checked when it was deployed
        return;
      }
      List<Violation> violations = policy.check(BpmnXml.of(processElement), deployedFormIds(processDefinition));
      if (!violations.isEmpty()) {
        // the engine turns this into a ParseException with the resource, line and column
        throw new BpmnParseException("Deployment refused by WithMe's deployment policy: " + violations.stream()
            .map(Violation::message).collect(Collectors.joining("; ")), processElement);
      }
    }
  }
}
