package org.withme.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Least privilege per group: what each group may do beyond the tasks routed to it. Tasks grant
 * themselves to their candidate groups and assignees (the engine's default task permissions),
 * so no group holds a blanket grant on tasks.
 */
public final class AccessPolicy {

  /** One grant: a group, a resource (or {@code *}), and the permissions given on it. */
  public record Grant(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {}

  /** Which group starts which process, by process definition key. */
  public static final List<ProcessStarter> STARTERS = List.of(
      new ProcessStarter("commissioning-cycle", WithMeGroup.COMMISSIONERS),
      new ProcessStarter("tender-evaluation", WithMeGroup.PROCUREMENT),
      new ProcessStarter("youth-inspection", WithMeGroup.PARTICIPATION_OFFICERS),
      new ProcessStarter("young-inspector-training", WithMeGroup.PARTICIPATION_OFFICERS),
      new ProcessStarter("framework-review", WithMeGroup.DCS),
      new ProcessStarter("framework-review", WithMeGroup.PROCESS_OWNERS));

  public record ProcessStarter(String processDefinitionKey, WithMeGroup group) {}

  /** Which group manages the tasks of which process (due dates, candidates), by process definition key. */
  public static final List<Manager> MANAGERS = List.of(
      new Manager("commissioning-cycle", WithMeGroup.COMMISSIONERS),
      new Manager("commissioning-cycle", WithMeGroup.HEAD_OF_COMMISSIONING),
      new Manager("tender-evaluation", WithMeGroup.PROCUREMENT),
      new Manager("youth-inspection", WithMeGroup.PARTICIPATION_OFFICERS),
      new Manager("young-inspector-training", WithMeGroup.PARTICIPATION_OFFICERS),
      new Manager("framework-review", WithMeGroup.DCS));

  public record Manager(String processDefinitionKey, WithMeGroup group) {}

  /**
   * The groups that are candidates for tasks of a process without starting or managing it (those
   * read its definition through their grants above): they read its definition too. Without it a
   * participation officer could not complete "Plan the engagement" in the Tasklist (403 on the
   * process definition) and saw no process name or diagram on the task.
   */
  public static final List<TaskGroup> TASK_GROUPS = List.of(
      new TaskGroup("commissioning-cycle", WithMeGroup.PARTICIPATION_OFFICERS),
      // the Co-production Advisory Group comments on the service's performance in the Review stage
      new TaskGroup("commissioning-cycle", WithMeGroup.ADVISORY_GROUP),
      new TaskGroup("tender-evaluation", WithMeGroup.COMMISSIONERS),
      new TaskGroup("tender-evaluation", WithMeGroup.PARTICIPATION_OFFICERS),
      new TaskGroup("tender-evaluation", WithMeGroup.YOUNG_PANELLISTS),
      new TaskGroup("youth-inspection", WithMeGroup.COMMISSIONERS),
      new TaskGroup("youth-inspection", WithMeGroup.YOUTH_INSPECTORS),
      new TaskGroup("framework-review", WithMeGroup.PARTICIPATION_OFFICERS),
      new TaskGroup("framework-review", WithMeGroup.ADVISORY_GROUP),
      // the owners of the review's actions
      new TaskGroup("framework-review", WithMeGroup.COMMISSIONERS),
      new TaskGroup("framework-review", WithMeGroup.HEAD_OF_COMMISSIONING));

  public record TaskGroup(String processDefinitionKey, WithMeGroup group) {}

  private AccessPolicy() {}

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (WithMeGroup group : WithMeGroup.values()) {
      grants.add(new Grant(group.id(), Resources.APPLICATION, "tasklist", Set.of(Permissions.ACCESS)));
      if (group.staff()) {
        // names of colleagues in the Tasklist (assignees, candidate groups)
        grants.add(new Grant(group.id(), Resources.USER, ANY, Set.of(Permissions.READ)));
        grants.add(new Grant(group.id(), Resources.GROUP, ANY, Set.of(Permissions.READ)));
      }
    }
    for (ProcessStarter starter : STARTERS) {
      grants.add(new Grant(starter.group().id(), Resources.PROCESS_DEFINITION, starter.processDefinitionKey(),
          Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
      grants.add(new Grant(starter.group().id(), Resources.PROCESS_INSTANCE, ANY,
          Set.of(ProcessInstancePermissions.CREATE)));
    }
    // Groups with tasks in a process read its definition (completing a task through REST and
    // drawing its form need it); this gives no access to instances or their variables.
    for (TaskGroup taskGroup : TASK_GROUPS) {
      grants.add(new Grant(taskGroup.group().id(), Resources.PROCESS_DEFINITION, taskGroup.processDefinitionKey(),
          Set.of(ProcessDefinitionPermissions.READ)));
    }
    // The staff who manage a process's work may change its tasks' due dates, follow-up dates and
    // candidates (the Tasklist's "Set due date", delegating): UPDATE_TASK on the definition. They do
    // not read the tasks' variables, and completing a task stays with its own people
    // (org.withme.integrity.TaskWork). Young people hold TASK_WORK on their own tasks only.
    for (Manager manager : MANAGERS) {
      grants.add(new Grant(manager.group().id(), Resources.PROCESS_DEFINITION, manager.processDefinitionKey(),
          Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
              ProcessDefinitionPermissions.UPDATE_TASK)));
    }
    // Process owners deploy models from the Modeler and watch them run in Cockpit: definitions,
    // instances, activity history and incidents, without variables (young people's data, prices,
    // scores); they neither change nor delete instances. User administration stays with camunda-admin.
    String owners = WithMeGroup.PROCESS_OWNERS.id();
    grants.add(new Grant(owners, Resources.APPLICATION, "cockpit", Set.of(Permissions.ACCESS)));
    grants.add(new Grant(owners, Resources.DEPLOYMENT, ANY, Set.of(Permissions.CREATE, Permissions.READ, Permissions.DELETE)));
    grants.add(new Grant(owners, Resources.PROCESS_DEFINITION, ANY, Set.of(ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE, ProcessDefinitionPermissions.SUSPEND,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK)));
    grants.add(new Grant(owners, Resources.PROCESS_INSTANCE, ANY, Set.of(ProcessInstancePermissions.READ)));
    grants.add(new Grant(owners, Resources.DECISION_DEFINITION, ANY, Set.of(Permissions.READ, Permissions.UPDATE)));
    grants.add(new Grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Set.of(Permissions.READ)));
    grants.add(new Grant(owners, Resources.BATCH, ANY, Set.of(Permissions.READ)));
    grants.add(new Grant(owners, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        Set.of(org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ)));
    grants.add(new Grant(owners, Resources.HISTORIC_TASK, ANY,
        Set.of(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ)));
    grants.add(new Grant(owners, Resources.TASK, ANY, Set.of(Permissions.READ)));
    grants.addAll(operatorGrants());
    return List.copyOf(grants);
  }

  // ---- process operators: begin (the audited repair path, docs/security.md) ----
  /**
   * What a process operator needs to repair an instance in Cockpit or through REST: read
   * definitions and instances, modify, migrate and restart them, write their variables. The engine
   * plugin org.withme.integrity refuses each such act without a reason and records it.
   */
  static List<Grant> operatorGrants() {
    String operators = WithMeGroup.PROCESS_OPERATORS.id();
    return List.of(
        new Grant(operators, Resources.APPLICATION, "cockpit", Set.of(Permissions.ACCESS)),
        new Grant(operators, Resources.PROCESS_DEFINITION, ANY, Set.of(ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
            ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.DELETE_INSTANCE,
            ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
            ProcessDefinitionPermissions.READ_TASK)),
        new Grant(operators, Resources.PROCESS_INSTANCE, ANY, Set.of(ProcessInstancePermissions.READ,
            ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.CREATE, ProcessInstancePermissions.DELETE,
            ProcessInstancePermissions.UPDATE_VARIABLE, ProcessInstancePermissions.SUSPEND,
            ProcessInstancePermissions.RETRY_JOB)),
        new Grant(operators, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
            Set.of(org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ)),
        new Grant(operators, Resources.BATCH, ANY, Set.of(org.camunda.bpm.engine.authorization.BatchPermissions.READ,
            org.camunda.bpm.engine.authorization.BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES, org.camunda.bpm.engine.authorization.BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
            org.camunda.bpm.engine.authorization.BatchPermissions.CREATE_BATCH_RESTART_PROCESS_INSTANCES, org.camunda.bpm.engine.authorization.BatchPermissions.CREATE_BATCH_SET_VARIABLES)));
  }
  // ---- process operators: end ----
}
