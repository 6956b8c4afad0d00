package org.withme.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/** Finds the deployed Camunda Form a task or start event refers to, and keeps its schema. */
final class DeployedForms {

  private static final Map<String, FormSchema> CACHE = new ConcurrentHashMap<>();

  private DeployedForms() {}

  /** The schema of form {@code formRef}, deployed with {@code deploymentId} (binding "deployment"). */
  static FormSchema find(String deploymentId, String formRef, boolean latest) {
    String cacheKey = (latest ? "latest" : deploymentId) + "/" + formRef;
    if (latest) {
      return load(deploymentId, formRef, true);
    }
    return CACHE.computeIfAbsent(cacheKey, k -> load(deploymentId, formRef, false));
  }

  private static FormSchema load(String deploymentId, String formRef, boolean latest) {
    CommandContext ctx = Context.getCommandContext();
    return ctx.runWithoutAuthorization(() -> {
      CamundaFormDefinitionEntity form = latest
          ? ctx.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef)
          : ctx.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formRef);
      if (form == null) {
        throw new ProcessEngineException("The form '" + formRef + "' is not deployed");
      }
      ResourceEntity resource = ctx.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      try {
        return FormSchema.parse(new ByteArrayInputStream(resource.getBytes()));
      } catch (IOException e) {
        throw new ProcessEngineException("The form '" + formRef + "' cannot be read", e);
      }
    });
  }
}
