package org.withme.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates WithMe's groups, their authorizations and the Tasklist filters. Idempotent: every start
 * looks before it creates, so a second start (or a second node) adds nothing.
 */
@Component
public class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  /** Variables every WithMe task shows in the Tasklist's list. */
  private static final List<Map<String, String>> LIST_VARIABLES = List.of(
      // task-local, set on every user task by org.withme.tasklist.TaskCardPlugin: readable by all who see the task
      Map.of("name", "taskReference", "label", "Reference"),
      Map.of("name", "taskTitle", "label", "Title"));

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
    this.authorizationService = engine.getAuthorizationService();
    this.filterService = engine.getFilterService();
    this.taskService = engine.getTaskService();
  }

  public void run() {
    createGroups();
    createAdminGroupGrants();
    applyPolicy();
    createFilters();
    log.info("WithMe groups, authorizations and Tasklist filters are in place");
  }

  private void createGroups() {
    for (WithMeGroup g : WithMeGroup.values()) {
      ensureGroup(g.id(), g.displayName(), "WORKFLOW");
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "WithMe administrators", Groups.GROUP_TYPE_SYSTEM);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void createAdminGroupGrants() {
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, org.camunda.bpm.engine.authorization.Permissions.ALL);
    }
  }

  /**
   * Makes WithMe's groups hold exactly what {@link AccessPolicy} gives them: a permission taken out
   * of the policy is taken away from an existing database on the next start, and a grant the policy
   * no longer names is deleted (Tasklist filters are granted separately).
   */
  private void applyPolicy() {
    Map<String, Set<Permission>> wanted = new LinkedHashMap<>();
    Map<String, AccessPolicy.Grant> byKey = new LinkedHashMap<>();
    for (AccessPolicy.Grant grant : AccessPolicy.grants()) {
      String key = key(grant.groupId(), grant.resource().resourceType(), grant.resourceId());
      wanted.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(grant.permissions());
      byKey.putIfAbsent(key, grant);
    }
    List<String> groups = Arrays.stream(WithMeGroup.values()).map(WithMeGroup::id).toList();
    for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(groups.toArray(String[]::new))
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      if (policyManaged(existing)
          && !wanted.containsKey(key(existing.getGroupId(), existing.getResourceType(), existing.getResourceId()))) {
        authorizationService.deleteAuthorization(existing.getId());
      }
    }
    wanted.forEach((key, permissions) -> {
      AccessPolicy.Grant grant = byKey.get(key);
      Authorization auth = authorizationService.createAuthorizationQuery().groupIdIn(grant.groupId())
          .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
      if (auth == null) {
        auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(grant.groupId());
        auth.setResource(grant.resource());
        auth.setResourceId(grant.resourceId());
      } else if (exactly(auth, grant.resource(), permissions)) {
        return;
      }
      auth.setPermissions(permissions.toArray(Permission[]::new));
      authorizationService.saveAuthorization(auth);
    });
  }

  /**
   * Grants the policy is the source of: blanket grants ({@code *}) and grants on applications,
   * deployments and definitions. Not the engine's own per-task and per-group grants, nor filters.
   */
  private static boolean policyManaged(Authorization a) {
    return ANY.equals(a.getResourceId()) || Set.of(Resources.APPLICATION.resourceType(), Resources.DEPLOYMENT.resourceType(),
        Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
        Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType()).contains(a.getResourceType());
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }

  private static boolean exactly(Authorization auth, Resource resource, Set<Permission> permissions) {
    int wanted = 0;
    for (Permission p : permissions) {
      wanted |= p.getValue();
    }
    return auth instanceof org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity entity
        && entity.getPermissions() == wanted;
  }

  /** Grants the permissions to the group, adding to an existing grant on the same resource. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization auth = existing;
    boolean changed = false;
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      changed = true;
    }
    for (Permission p : permissions) {
      if (!auth.isPermissionGranted(p)) {
        auth.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(auth);
    }
  }

  private void createFilters() {
    // visible to every WithMe group
    List<String> everyone = java.util.Arrays.stream(WithMeGroup.values()).map(WithMeGroup::id).toList();
    // the default view (lowest priority first): the work waiting for me and for my groups
    filter("My work", "Tasks assigned to me and my groups' unassigned tasks", -12,
        taskService.createTaskQuery()
            .or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr(),
        everyone);
    filter("My tasks", "Tasks assigned to me", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
    filter("My group's tasks", "Unassigned tasks for my groups", -8,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        everyone);
    filter("Due soon", "My tasks and my groups' tasks due within 7 days, soonest first", -6,
        taskService.createTaskQuery()
            .or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
            .dueBeforeExpression("${dateTime().plusDays(7)}")
            .orderByDueDate().asc(),
        everyone);
    int priority = 0;
    for (WithMeGroup g : WithMeGroup.values()) {
      filter(g.displayName(), "Tasks for " + g.displayName().toLowerCase(java.util.Locale.UK), priority++,
          taskService.createTaskQuery().taskCandidateGroup(g.id()).includeAssignedTasks(), List.of(g.id()));
    }
  }

  private void filter(String name, String description, int priority, TaskQuery query, List<String> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", LIST_VARIABLES);
      filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
      filterService.saveFilter(filter);
    } else if (!LIST_VARIABLES.equals(filter.getProperties().get("variables"))) {
      // filters made by an earlier version show the card variables of today
      Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
      properties.put("variables", LIST_VARIABLES);
      filterService.saveFilter(filter.setProperties(properties));
    }
    for (String groupId : readers) {
      grant(groupId, Resources.FILTER, filter.getId(), org.camunda.bpm.engine.authorization.Permissions.READ);
    }
  }
}
