package org.withme.identity;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task's rights follow the person who holds it: when a task passes from one assignee to another
 * (or back to its group), the previous assignee's grant on it is removed, unless they remain its
 * owner or a candidate user. The engine's default keeps the old grant for good. Also sets the
 * password policy ({@link BreachedPasswords}), applied when enable-password-policy is on.
 */
@Component
public class TaskRightsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
    configuration.setPasswordPolicy(BreachedPasswords.policy());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
      if (oldAssignee != null && !oldAssignee.equals(newAssignee) && keepsNoRight(task, oldAssignee)) {
        Context.getCommandContext().getAuthorizationManager()
            .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
      }
      return granted;
    }

    private static boolean keepsNoRight(Task task, String user) {
      if (user.equals(task.getOwner())) {
        return false;
      }
      return !(task instanceof TaskEntity entity) || entity.getIdentityLinks().stream()
          .noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && user.equals(l.getUserId()));
    }
  }
}
