package org.withme.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo the only user WithMe creates is the administrator from the environment. A
 * missing, default or short password stops the start; the password is never logged.
 */
@Component
@ConditionalOnProperty(name = "withme.demo.users-enabled", havingValue = "false", matchIfMissing = true)
public class AdminAccount {

  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

  private final AdminProperties admin;
  private final IdentityService identityService;

  public AdminAccount(AdminProperties admin, ProcessEngine engine) {
    AdminPasswordRule.problem(admin.id(), admin.password()).ifPresent(problem -> {
      throw new IllegalStateException("WithMe will not start: " + problem);
    });
    if (admin.id() == null || admin.id().isBlank()) {
      throw new IllegalStateException("WithMe will not start: WITHME_ADMIN_ID is empty.");
    }
    this.admin = admin;
    this.identityService = engine.getIdentityService();
  }

  void ensure() {
    PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(admin.password());
    if (!policy.isValid()) {
      StringBuilder rules = new StringBuilder();
      policy.getViolatedRules().forEach(rule -> rules.append(' ').append(rule.getPlaceholder())
          .append(rule.getParameters() == null ? "" : rule.getParameters().values()).append(';'));
      throw new IllegalStateException("WithMe will not start: WITHME_ADMIN_PASSWORD does not meet the password policy:"
          + rules);
    }
    User user = identityService.createUserQuery().userId(admin.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(admin.id());
      user.setFirstName("WithMe");
      user.setLastName("Administrator");
      user.setPassword(admin.password());
      identityService.saveUser(user);
      log.info("Created the administrator '{}'", admin.id());
    } else if (!identityService.checkPassword(admin.id(), admin.password())) {
      user.setPassword(admin.password());
      identityService.saveUser(user);
      log.info("Updated the administrator '{}' password from the environment", admin.id());
    }
    for (String group : new String[] {Groups.CAMUNDA_ADMIN, WithMeGroup.PROCESS_OWNERS.id()}) {
      if (identityService.createUserQuery().userId(admin.id()).memberOfGroup(group).count() == 0) {
        identityService.createMembership(admin.id(), group);
      }
    }
  }
}
