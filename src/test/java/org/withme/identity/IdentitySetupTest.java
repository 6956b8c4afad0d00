package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
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
      // exactly the demo users of that group (tests that add users never add them to these groups)
      long expected = DemoUsers.USERS.stream().filter(u -> u.groups().contains(group.id())).count();
      assertThat(expected).as("a demo user in " + group.id()).isPositive();
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(group.id()).list())
          .extracting(org.camunda.bpm.engine.identity.User::getId).as("members of " + group.id())
          .containsAll(DemoUsers.USERS.stream().filter(u -> u.groups().contains(group.id())).map(DemoUsers.DemoUser::id).toList());
    }
  }

  @Test
  void tasklistFiltersExistForEveryoneAndForEachRole() {
    java.util.List<String> everyone = java.util.Arrays.stream(WithMeGroup.values()).map(WithMeGroup::id).toList();
    for (String name : java.util.List.of("My work", "My tasks", "My group's tasks", "Due soon")) {
      assertThat(readers(filter(name))).as(name).containsExactlyInAnyOrderElementsOf(everyone);
    }
    for (WithMeGroup group : WithMeGroup.values()) {
      assertThat(readers(filter(group.displayName()))).as(group.displayName()).containsExactly(group.id());
    }
    // filters that use expressions run for a logged-in user and count what the same query finds;
    // cora's own unassigned group task and one due tomorrow are among them
    engine.getIdentityService().setAuthentication("cora", java.util.List.of("commissioners"));
    try {
      var taskService = engine.getTaskService();
      Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
      long groupTasks = taskService.createTaskQuery().taskCandidateGroupIn(java.util.List.of("commissioners")).taskUnassigned().count();
      long dueSoon = taskService.createTaskQuery().or().taskAssignee("cora").taskCandidateGroupIn(java.util.List.of("commissioners")).endOr()
          .dueBefore(Date.from(now.toInstant().plus(java.time.Duration.ofDays(7)))).count();
      assertThat(engine.getFilterService().count(filter("My group's tasks").getId())).isEqualTo(groupTasks);
      assertThat(engine.getFilterService().count(filter("Due soon").getId())).isEqualTo(dueSoon);
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
  void everyCandidateGroupOfAModelReadsItsDefinition() throws Exception {
    // completing a task in the Tasklist and drawing its card and diagram read the process definition
    java.util.regex.Pattern candidates = java.util.regex.Pattern.compile("camunda:candidateGroups=\"([^\"$]+)\"");
    int checked = 0;
    try (var models = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      for (var model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        String xml = java.nio.file.Files.readString(model);
        String key = model.getFileName().toString().replace(".bpmn", "");
        var m = candidates.matcher(xml);
        while (m.find()) {
          for (String group : m.group(1).split(",")) {
            assertThat(engine.getAuthorizationService().isUserAuthorized("someone", java.util.List.of(group.trim()),
                ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION, key)).as(group + " reads " + key).isTrue();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
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
    assertThat(adminGrant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
    assertThat(adminGrant.getResourceId()).isEqualTo("*");
    assertThat(adminGrant.isEveryPermissionGranted()).isTrue();
  }

  private Filter filter(String name) {
    Filter f = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    assertThat(f).as("the filter " + name).isNotNull();
    return f;
  }

  /** The groups that may read a filter (each granted READ exactly once). */
  private java.util.List<String> readers(Filter f) {
    var grants = engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(f.getId()).list();
    assertThat(grants).allSatisfy(a -> {
      assertThat(a.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
      assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
    });
    return grants.stream().map(Authorization::getGroupId).toList();
  }
}
