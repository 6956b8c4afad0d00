package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.withme.support.WithMeTest;

@WithMeTest
class IdentitySetupTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentitySetup setup;
  @Autowired DemoUsers demoUsers;

  @Test
  void everyGroupOfTheDomainExists() {
    for (WithMeGroup group : WithMeGroup.values()) {
      assertThat(engine.getIdentityService().createGroupQuery().groupId(group.id()).singleResult())
          .as(group.id()).isNotNull()
          .extracting(g -> g.getName()).isEqualTo(group.displayName());
    }
  }

  @Test
  void demoUsersHaveANameAnEmailAndTheirGroup() {
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      var user = engine.getIdentityService().createUserQuery().userId(demo.id()).singleResult();
      assertThat(user).as(demo.id()).isNotNull();
      assertThat(user.getEmail()).endsWith("@withme.example.org");
      assertThat(user.getFirstName()).isNotBlank();
      assertThat(engine.getIdentityService().checkPassword(demo.id(), demo.password())).isTrue();
      for (String group : demo.groups()) {
        assertThat(engine.getIdentityService().createUserQuery().userId(demo.id()).memberOfGroup(group).count())
            .as(demo.id() + " in " + group).isOne();
      }
    }
    for (WithMeGroup group : WithMeGroup.values()) {
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(group.id()).count())
          .as("a demo user in " + group.id()).isPositive();
    }
  }

  @Test
  void tasklistFiltersExistForEveryoneAndForEachRole() {
    assertThat(filter("My tasks")).isNotNull();
    assertThat(filter("My group's tasks")).isNotNull();
    assertThat(filter("Due soon")).isNotNull();
    for (WithMeGroup group : WithMeGroup.values()) {
      Filter f = filter(group.displayName());
      assertThat(f).as(group.displayName()).isNotNull();
      assertThat(engine.getAuthorizationService().createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(f.getId()).groupIdIn(group.id()).count()).isOne();
    }
    // filters that use expressions run for a logged-in user
    engine.getIdentityService().setAuthentication("cora", java.util.List.of("commissioners"));
    try {
      assertThat(engine.getFilterService().count(filter("Due soon").getId())).isNotNull();
      assertThat(engine.getFilterService().count(filter("My group's tasks").getId())).isNotNull();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void groupsMayStartOnlyTheirOwnProcesses() {
    assertThat(engine.getAuthorizationService().isUserAuthorized("cora", java.util.List.of("commissioners"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "commissioning-cycle")).isTrue();
    assertThat(engine.getAuthorizationService().isUserAuthorized("yasmin", java.util.List.of("young-panellists"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "commissioning-cycle")).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("yasmin", java.util.List.of("young-panellists"),
        Permissions.READ, Resources.USER, "cora")).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("pat", java.util.List.of("participation-officers"),
        Permissions.CREATE, Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("owen", java.util.List.of("process-owners"),
        Permissions.CREATE, Resources.DEPLOYMENT, "*")).isTrue();
  }

  @Test
  void aSecondStartCreatesNoDuplicates() {
    long groups = engine.getIdentityService().createGroupQuery().count();
    long users = engine.getIdentityService().createUserQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long memberships = engine.getIdentityService().createUserQuery().memberOfGroup("young-panellists").count();

    setup.run();
    demoUsers.create();

    assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("young-panellists").count()).isEqualTo(memberships);
  }

  @Test
  void authorizationChecksAreOn() {
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    Authorization adminGrant = engine.getAuthorizationService().createAuthorizationQuery()
        .groupIdIn("camunda-admin").resourceType(Resources.AUTHORIZATION).singleResult();
    assertThat(adminGrant).isNotNull();
  }

  private Filter filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
  }
}
