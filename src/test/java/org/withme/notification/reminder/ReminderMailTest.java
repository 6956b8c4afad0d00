package org.withme.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/** Reminder and escalation mails for a task with a due date, delivered to a real SMTP server. */
@WithMeTest
class ReminderMailTest {

  static final String KEY = "reminder-check";

  @Autowired ProcessEngine engine;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  Instant start;

  @BeforeEach
  void deployAndFixTheClock() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
          Bpmn.createExecutableProcess(KEY).name("Reminder check").camundaHistoryTimeToLive(30)
              .startEvent()
              .userTask("DoIt").name("Write the market position statement")
              .camundaFormKey("app:forms/reminder-check.html")
              .camundaCandidateGroups("commissioners").camundaDueDate("${due}")
              .endEvent().done()).deploy();
    }
    start = Instant.parse("2031-03-02T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (!smtpRunning()) {
      smtp.start();
    }
  }

  @Test
  void eachOffsetAndTheEscalationGoOutAtTheirTime() throws Exception {
    String ref = Programmes.newReference();
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(ref, due);

    runJobsAt(start.plusSeconds(60));
    assertThat(mailsFor(ref)).isEmpty();

    runJobsAt(due.minus(Duration.ofDays(7)).plusSeconds(60));
    List<MimeMessage> mails = mailsFor(ref);
    assertThat(mails).hasSize(commissionerEmails().size());
    MimeMessage first = mails.get(0);
    assertThat(first.getSubject()).contains("Write the market position statement").contains(ref).contains("in 7 days");
    assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(commissionerEmails());
    String link = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    String body = GreenMailUtil.getBody(first);
    assertThat(body).contains(link).contains("Reminder check");

    runJobsAt(due.minus(Duration.ofDays(1)).plusSeconds(60));
    assertThat(subjects(ref)).anyMatch(s -> s.contains("is due tomorrow"));
    runJobsAt(due.plusSeconds(60));
    assertThat(subjects(ref)).anyMatch(s -> s.contains("is due today"));
    assertThat(mailsFor(ref)).hasSize(3 * commissionerEmails().size());

    runJobsAt(due.plus(Duration.ofDays(1)).plusSeconds(60));
    List<MimeMessage> overdue = mailsFor(ref).stream().filter(m -> subject(m).startsWith("Overdue")).toList();
    assertThat(recipients(overdue)).containsExactlyInAnyOrderElementsOf(groupEmails("head-of-commissioning"));
    assertThat(GreenMailUtil.getBody(overdue.get(0))).contains(link).contains("Nobody has claimed it yet");

    runJobsAt(due.plus(Duration.ofDays(30)));
    assertThat(mailsFor(ref)).hasSize(3 * commissionerEmails().size() + groupEmails("head-of-commissioning").size());
  }

  @Test
  void anAssignedTaskRemindsOnlyItsAssigneeAndACompletedTaskNobody() throws Exception {
    String ref = Programmes.newReference();
    Instant due = start.plus(Duration.ofDays(3));
    Task task = startTask(ref, due);
    engine.getTaskService().setAssignee(task.getId(), "pat");

    runJobsAt(due.minus(Duration.ofDays(1)).plusSeconds(60));
    assertThat(recipients(mailsFor(ref))).containsExactly("pat@withme.example.org");
    assertThat(subjects(ref)).noneMatch(s -> s.contains("in 7 days")); // that point had passed at the start
    // the reminders are engine jobs of their own, not of the process instance
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();

    engine.getTaskService().complete(task.getId());
    runJobsAt(due.plus(Duration.ofDays(5)));
    assertThat(mailsFor(ref)).hasSize(1);
  }

  @Test
  void aChangedDueDateMovesTheReminders() throws Exception {
    String ref = Programmes.newReference();
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(ref, due);
    Instant later = due.plus(Duration.ofDays(20));
    task.setDueDate(Date.from(later));
    engine.getTaskService().saveTask(task); // what the Tasklist does when the due date is edited

    runJobsAt(due.minus(Duration.ofDays(7)).plusSeconds(60));
    runJobsAt(due.plus(Duration.ofDays(2)));
    assertThat(mailsFor(ref)).isEmpty();

    runJobsAt(later.minus(Duration.ofDays(7)).plusSeconds(60));
    assertThat(subjects(ref)).isNotEmpty().allMatch(s -> s.contains("in 7 days"));
  }

  @Test
  void noDuplicateOnRetryFailureAfterSendingOrRescheduling() throws Exception {
    String ref = Programmes.newReference();
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(ref, due);
    engine.getTaskService().setAssignee(task.getId(), "cora");
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    Job reminder = dueJobs(Reminders.REMINDER_JOB, task.getProcessInstanceId()).get(0);
    String reminderConfiguration = jdbc.queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class, reminder.getId());

    // the reminder's transaction fails after deciding: nothing is recorded, and the retry decides again
    inRolledBackTransaction(() -> engine.getManagementService().executeJob(reminder.getId()));
    assertThat(rows(task.getId())).isZero();
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(rows(task.getId())).isOne();

    // the same reminder point fires again (a second timer, as after a restart that rescheduled it)
    copyOf(reminder, reminderConfiguration);
    for (Job again : dueJobs(Reminders.REMINDER_JOB, task.getProcessInstanceId())) {
      engine.getManagementService().executeJob(again.getId());
    }
    assertThat(rows(task.getId())).isOne();

    // the mail is sent, then the sending job's transaction fails: its retry sends nothing more
    Job send = sendJobs().stream().filter(j -> mailTask(j).equals(task.getId())).findFirst().orElseThrow();
    inRolledBackTransaction(() -> engine.getManagementService().executeJob(send.getId()));
    assertThat(mailsFor(ref)).hasSize(1);
    engine.getManagementService().executeJob(send.getId()); // the job runs again (as after its lock expired)
    assertThat(mailsFor(ref)).hasSize(1);
    assertThat(engine.getManagementService().createJobQuery().jobId(send.getId()).count()).isZero();
  }

  @Test
  void smtpDownRetriesWithBackOffThenAnIncidentAndEveryPendingMailArrivesLater() throws Exception {
    String ref = Programmes.newReference();
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(ref, due);
    engine.getTaskService().setAssignee(task.getId(), "cora");
    String ref2 = Programmes.newReference();
    Task other = startTask(ref2, due);
    engine.getTaskService().setAssignee(other.getId(), "hana");

    smtp.stop();
    Instant now = due.minus(Duration.ofDays(7)).plusSeconds(60);
    ClockUtil.setCurrentTime(Date.from(now));
    for (Job j : dueJobs(Reminders.REMINDER_JOB, null)) {
      engine.getManagementService().executeJob(j.getId());
    }
    Job send = sendJobs().stream().filter(j -> mailTask(j).equals(task.getId())).findFirst().orElseThrow();
    Job send2 = sendJobs().stream().filter(j -> mailTask(j).equals(other.getId())).findFirst().orElseThrow();

    List<Integer> retries = new ArrayList<>();
    List<Long> waits = new ArrayList<>();
    while (true) {
      Job current = engine.getManagementService().createJobQuery().jobId(send.getId()).singleResult();
      if (current.getRetries() == 0) {
        break;
      }
      ClockUtil.setCurrentTime(Date.from(now));
      assertThatThrownBy(() -> engine.getManagementService().executeJob(send.getId())).satisfies(ReminderMailTest::theSmtpServerRefused);
      Job failed = engine.getManagementService().createJobQuery().jobId(send.getId()).singleResult();
      retries.add(failed.getRetries());
      waits.add(failed.getDuedate().getTime() - now.toEpochMilli());
      now = failed.getDuedate().toInstant().plusSeconds(1);
    }
    // the first attempt and five retries, waiting 1 min, 5 min, 15 min, 1 h, 4 h in between
    assertThat(retries).containsExactly(5, 4, 3, 2, 1, 0);
    assertThat(waits.subList(0, 5)).containsExactly(60_000L, 300_000L, 900_000L, 3_600_000L, 14_400_000L);
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).count()).isOne();
    // the other mail failed once and waits for its next attempt
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    assertThatThrownBy(() -> engine.getManagementService().executeJob(send2.getId())).satisfies(ReminderMailTest::theSmtpServerRefused);
    assertThat(mailsFor(ref)).isEmpty();

    smtp.start();
    engine.getManagementService().setJobRetries(send.getId(), 1); // "Retry" on the incident in Cockpit
    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(1))));
    for (Job j : sendJobs()) {
      engine.getManagementService().executeJob(j.getId());
    }
    assertThat(recipients(mailsFor(ref))).containsExactly("cora@withme.example.org");
    assertThat(recipients(mailsFor(ref2))).containsExactly("hana@withme.example.org");
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).count()).isZero();
  }

  // ------------------------------------------------------------------ helpers

  /** The job failed because the mail could not be handed to the SMTP server (it is stopped), nothing else. */
  static void theSmtpServerRefused(Throwable thrown) {
    assertThat(thrown).isInstanceOf(org.springframework.mail.MailSendException.class);
    assertThat(thrown).rootCause().isInstanceOf(java.net.ConnectException.class);
    assertThat(((org.springframework.mail.MailSendException) thrown).getFailedMessages()).hasSize(1);
  }

  Task startTask(String ref, Instant due) {
    var pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, ref, Map.of("due", Date.from(due)));
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  void runJobsAt(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
    for (int round = 0; round < 3; round++) {
      for (Job job : dueJobs(null, null)) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  List<Job> dueJobs(String type, String processInstanceId) {
    var query = engine.getManagementService().createJobQuery().processDefinitionKey(KEY).executable();
    return query.list().stream()
        .filter(j -> processInstanceId == null || processInstanceId.equals(taskProcess(j)))
        .filter(j -> type == null || type.equals(handlerType(j.getId())))
        .toList();
  }

  /** The process instance of the task a reminder job is for. */
  String taskProcess(Job job) {
    String cfg = jdbc.queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
    List<String> pi = jdbc.queryForList("select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?", String.class, cfg.split("\\|")[0]);
    return pi.isEmpty() ? null : pi.get(0);
  }

  /** The jobs sending reminder mails (arrival mails are tested on their own, in ArrivalMailTest). */
  List<Job> sendJobs() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(KEY).list().stream()
        .filter(j -> Reminders.MAIL_JOB.equals(handlerType(j.getId())) && !Reminders.ARRIVAL.equals(point(j))).toList();
  }

  String point(Job job) {
    String mailId = jdbc.queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
    return jdbc.queryForObject("select reminder_point from wm_reminder_mail where id = ?", String.class, mailId);
  }

  String handlerType(String jobId) {
    return jdbc.queryForObject("select HANDLER_TYPE_ from ACT_RU_JOB where ID_ = ?", String.class, jobId);
  }

  String mailTask(Job job) {
    String mailId = jdbc.queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class, job.getId());
    return jdbc.queryForObject("select task_id from wm_reminder_mail where id = ?", String.class, mailId);
  }

  void copyOf(Job original, String cfg) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      TimerEntity timer = new TimerEntity();
      timer.setJobHandlerType(Reminders.REMINDER_JOB);
      timer.setJobHandlerConfigurationRaw(cfg);
      timer.setDuedate(ClockUtil.getCurrentTime());
      timer.setProcessDefinitionId(original.getProcessDefinitionId());
      timer.setProcessDefinitionKey(KEY);
      timer.setRetries(3);
      commandContext.getJobManager().schedule(timer);
      return null;
    });
  }

  void inRolledBackTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      work.run();
      status.setRollbackOnly();
    });
  }

  int rows(String taskId) {
    return jdbc.queryForObject("select count(*) from wm_reminder_mail where task_id = ? and reminder_point <> 'arrival'",
        Integer.class, taskId);
  }

  List<String> commissionerEmails() {
    return groupEmails("commissioners");
  }

  List<String> groupEmails(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().stream()
        .map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank()).toList();
  }

  boolean smtpRunning() {
    try {
      smtp.getSmtp().getPort();
      return smtp.getSmtp().isRunning();
    } catch (RuntimeException e) {
      return false;
    }
  }

  List<MimeMessage> mailsFor(String ref) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains("(" + ref + ")")).toList();
  }

  List<String> subjects(String ref) {
    return mailsFor(ref).stream().map(ReminderMailTest::subject).toList();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  static List<String> recipients(List<MimeMessage> mails) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : mails) {
      for (Address a : m.getAllRecipients()) {
        to.add(a.toString());
      }
    }
    return to;
  }
}
