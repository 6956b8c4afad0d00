package org.withme.notification.reminder;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.withme.notification.Mailer;

/**
 * The reminder mechanism, inside the engine: a task listener schedules one engine timer per
 * reminder point when a task with a due date is created (and moves them when the due date changes),
 * keeping their job ids in wm_reminder_timer so the timers of a task are found without searching the job table;
 * the timer records one outbox row per recipient and hands each to a sending job; the sending job
 * delivers it through {@link Mailer}, retried with back-off and ending in an incident.
 */
public class Reminders {

  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  public static final String REMINDER_JOB = "withme-task-reminder";
  public static final String MAIL_JOB = "withme-reminder-mail";

  final ReminderProperties properties;
  final ReminderRecords records;
  final ReminderMails mails;
  final Mailer mailer;

  public Reminders(ReminderProperties properties, ReminderRecords records, ReminderMails mails, Mailer mailer) {
    this.properties = properties;
    this.records = records;
    this.mails = mails;
    this.mailer = mailer;
  }

  List<ReminderPoint> points() {
    List<ReminderPoint> points = new ArrayList<>();
    properties.offsets().forEach(o -> points.add(ReminderPoint.before(o)));
    points.add(ReminderPoint.overdue(properties.escalateAfter()));
    return points;
  }

  // ---------------------------------------------------------------- task listener

  /** On create: schedules the task's reminders (a new task has none yet, so nothing is looked up). */
  final TaskListener schedule = task -> schedule(task, true);

  /** On update: moves the task's reminders when its due date changed. */
  final TaskListener reschedule = task -> schedule(task, false);

  /** On complete and delete: the task's pending reminder timers go. */
  final TaskListener cancel = this::cancel;

  void schedule(DelegateTask delegateTask, boolean created) {
    TaskEntity task = (TaskEntity) delegateTask;
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return;
    }
    Date due = task.getDueDate();
    Optional<ReminderRecords.Timers> existing = created ? Optional.empty() : records.timers(task.getId());
    boolean unchanged = due != null && existing.isPresent() && existing.get().dueMillis() == due.getTime();
    if (unchanged || (due == null && existing.isEmpty())) {
      return;
    }
    existing.ifPresent(timers -> jobs(timers.jobIds()).forEach(JobEntity::delete));
    if (due == null) {
      records.forgetTimers(task.getId());
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    CommandContext commandContext = Context.getCommandContext();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    List<String> scheduled = new ArrayList<>();
    for (ReminderPoint point : points()) {
      Date firesAt = point.firesAt(due);
      if (!point.escalation() && firesAt.before(now)) {
        continue; // that reminder point has passed already
      }
      TimerEntity timer = new TimerEntity();
      timer.setJobHandlerType(REMINDER_JOB);
      timer.setJobHandlerConfigurationRaw(new ReminderJobConfiguration(task.getId(), point.code(), due.getTime()).toCanonicalString());
      timer.setDuedate(firesAt);
      // not linked to the execution: a process's own jobs (its boundary timers, say) stay alone on it
      timer.setProcessDefinitionId(definition.getId());
      timer.setProcessDefinitionKey(definition.getKey());
      timer.setDeploymentId(definition.getDeploymentId());
      timer.setTenantId(task.getTenantId());
      timer.setRetries(retries());
      commandContext.getJobManager().schedule(timer); // the insert gives the timer its id
      scheduled.add(timer.getId());
    }
    records.recordTimers(task.getId(), existing.isPresent(), due.getTime(), scheduled);
  }

  void cancel(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    if (task.getExecutionId() == null) {
      return;
    }
    records.timers(task.getId()).ifPresent(timers -> {
      jobs(timers.jobIds()).forEach(JobEntity::delete);
      records.forgetTimers(task.getId());
    });
  }

  private static List<JobEntity> jobs(List<String> ids) {
    CommandContext commandContext = Context.getCommandContext();
    JobQueryImpl query = new JobQueryImpl();
    query.jobIds(new HashSet<>(ids));
    List<Job> found = commandContext.runWithoutAuthorization(() ->
        commandContext.getJobManager().findJobsByQueryCriteria(query, new Page(0, Integer.MAX_VALUE)));
    return found.stream().map(JobEntity.class::cast).toList();
  }

  int retries() {
    return org.camunda.bpm.engine.impl.util.ParseUtil.parseRetryIntervals(properties.retryTimeCycle()).getRetries();
  }

  // ---------------------------------------------------------------- a task arrives

  /** The arrival point's code in the outbox (one mail per task and recipient). */
  static final String ARRIVAL = "arrival";

  /**
   * On create: a mail to the assignee, or to the candidate users and the members of the candidate
   * groups, recorded in the outbox and sent by its own job after the transaction commits.
   */
  void arrived(DelegateTask delegateTask, ArrivalMailProperties arrival) {
    TaskEntity task = (TaskEntity) delegateTask;
    ExecutionEntity execution = task.getExecution();
    if (execution == null || !arrival.sendsFor(execution.getProcessDefinition().getKey())) {
      return;
    }
    CommandContext commandContext = Context.getCommandContext();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    String businessKey = businessKey(execution);
    String processName = definition.getName() == null ? definition.getKey() : definition.getName();
    ReminderMails.Rendered mail = mails.arrival(task.getId(), task.getName(), processName, businessKey, task.getDueDate());
    Date at = task.getCreateTime() == null ? ClockUtil.getCurrentTime() : task.getCreateTime();
    for (String recipient : recipients(commandContext, task)) {
      if (records.alreadyDecided(task.getId(), ARRIVAL, at, recipient)) {
        continue;
      }
      String id = records.insert(new ReminderRecords.NewMail(task.getId(), ARRIVAL, at, recipient,
          task.getProcessInstanceId(), definition.getKey(), businessKey, task.getName(),
          mail.subject(), mail.text(), mail.html()));
      queue(commandContext, definition, task, id);
    }
  }

  private void queue(CommandContext commandContext, ProcessDefinitionEntity definition, TaskEntity task, String mailId) {
    MessageEntity send = new MessageEntity();
    send.setJobHandlerType(MAIL_JOB);
    send.setJobHandlerConfigurationRaw(mailId);
    send.setProcessDefinitionId(definition.getId());
    send.setProcessDefinitionKey(definition.getKey());
    send.setDeploymentId(definition.getDeploymentId());
    send.setTenantId(task.getTenantId());
    send.setRetries(retries());
    commandContext.getJobManager().send(send);
  }

  // ---------------------------------------------------------------- reminder timer fires

  /** Decides who gets this reminder, records it once per recipient, and queues the sending jobs. */
  void remind(ReminderJobConfiguration configuration, CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(configuration.taskId());
    if (task == null || task.getExecution() == null || task.getDueDate() == null || task.getDueDate().getTime() != configuration.dueMillis()) {
      return; // done meanwhile, or its due date moved (the new date has its own reminders)
    }
    ReminderPoint point = ReminderPoint.parse(configuration.point(), properties);
    ExecutionEntity execution = task.getExecution();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    String businessKey = businessKey(execution);
    String processName = definition.getName() == null ? definition.getKey() : definition.getName();
    ReminderMails.Rendered mail = mails.render(new ReminderMails.Facts(task.getId(), task.getName(), processName,
        businessKey, configuration.due(), displayName(commandContext, task.getAssignee()), point));
    Set<String> recipients = point.escalation()
        ? groupMembers(commandContext, properties.escalationGroupFor(definition.getKey()))
        : recipients(commandContext, task);
    if (recipients.isEmpty()) {
      log.warn("Nobody with an e-mail address to remind of task {} ({}) at {}", task.getId(), task.getName(), point.code());
    }
    for (String recipient : recipients) {
      if (records.alreadyDecided(task.getId(), point.code(), configuration.due(), recipient)) {
        continue;
      }
      String id = records.insert(new ReminderRecords.NewMail(task.getId(), point.code(), configuration.due(), recipient,
          task.getProcessInstanceId(), definition.getKey(), businessKey, task.getName(),
          mail.subject(), mail.text(), mail.html()));
      queue(commandContext, definition, task, id);
    }
  }

  static String businessKey(ExecutionEntity execution) {
    String key = execution.getProcessBusinessKey();
    if (key != null) {
      return key;
    }
    for (String name : List.of("tenderReference", "programmeReference")) {
      Object value = execution.getVariable(name);
      if (value != null) {
        return value.toString();
      }
    }
    return null;
  }

  /** The assignee, or while nobody has claimed it, the candidate users and candidate groups' members. */
  Set<String> recipients(CommandContext commandContext, TaskEntity task) {
    Set<String> to = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      addEmail(commandContext, task.getAssignee(), to);
      return to;
    }
    for (IdentityLink link : task.getIdentityLinks()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        addEmail(commandContext, link.getUserId(), to);
      } else if (link.getGroupId() != null) {
        to.addAll(groupMembers(commandContext, link.getGroupId()));
      }
    }
    return to;
  }

  Set<String> groupMembers(CommandContext commandContext, String groupId) {
    Set<String> to = new LinkedHashSet<>();
    List<User> users = commandContext.runWithoutAuthorization(() ->
        identity().createUserQuery().memberOfGroup(groupId).list());
    users.stream().map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).forEach(to::add);
    return to;
  }

  void addEmail(CommandContext commandContext, String userId, Set<String> to) {
    User user = commandContext.runWithoutAuthorization(() -> identity().createUserQuery().userId(userId).singleResult());
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      to.add(user.getEmail());
    }
  }

  String displayName(CommandContext commandContext, String userId) {
    return org.withme.identity.People.displayName(userId);
  }

  private static org.camunda.bpm.engine.IdentityService identity() {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    return configuration.getIdentityService();
  }

  // ---------------------------------------------------------------- sending job

  /** Sends one outbox mail exactly once: claimed first, marked sent right after the SMTP server took it. */
  void deliver(String mailId) {
    var claimed = records.claim(mailId, properties.staleClaimAfter());
    if (claimed.isEmpty()) {
      return;
    }
    try {
      mailer.send(claimed.get().toMail());
    } catch (RuntimeException e) {
      records.release(mailId);
      throw e;
    }
    records.markSent(mailId);
  }
}
