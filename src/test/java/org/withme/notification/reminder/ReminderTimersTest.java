package org.withme.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/**
 * A task's reminder timers are kept in wm_reminder_timer: created with the task, moved with its due
 * date, removed when it ends. The engine's job table is the ground truth each test checks against.
 */
@WithMeTest
class ReminderTimersTest {

  static final String KEY = "reminder-timers-check";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  Instant start;

  @BeforeEach
  void deployAndFixTheClock() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
          Bpmn.createExecutableProcess(KEY).name("Reminder timers check").camundaHistoryTimeToLive(30)
              .startEvent()
              .userTask("DoIt").name("Write the market position statement")
              .camundaFormKey("app:forms/reminder-check.html")
              .camundaCandidateGroups("commissioners").camundaDueDate("${due}")
              .endEvent().done()).deploy();
    }
    start = Instant.parse("2031-05-02T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNewTaskGetsOneTimerPerPointAndTheRecordListsExactlyThem() {
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(due);

    assertThat(engineReminderJobs(task)).hasSize(4)
        .allSatisfy(cfg -> assertThat(cfg).endsWith("|" + due.toEpochMilli()))
        .extracting(cfg -> cfg.split("\\|")[1]).containsExactlyInAnyOrder("PT168H", "PT24H", "PT0S", "overdue");
    assertThat(recordedJobIds(task)).containsExactlyInAnyOrderElementsOf(engineReminderJobIds(task));
    assertThat(jdbc.queryForObject("select due_millis from wm_reminder_timer where task_id = ?", Long.class, task.getId()))
        .isEqualTo(due.toEpochMilli());
  }

  @Test
  void aMovedDueDateReplacesTheTimersAndTheRecord() {
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(due);
    List<String> before = engineReminderJobIds(task);

    Instant later = due.plus(Duration.ofDays(20));
    task.setDueDate(Date.from(later));
    engine.getTaskService().saveTask(task);

    List<String> after = engineReminderJobIds(task);
    assertThat(after).hasSize(4).doesNotContainAnyElementsOf(before);
    assertThat(engineReminderJobs(task)).allSatisfy(cfg -> assertThat(cfg).endsWith("|" + later.toEpochMilli()));
    assertThat(recordedJobIds(task)).containsExactlyInAnyOrderElementsOf(after);
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where ID_ in (" + String.join(",", before.stream().map(id -> "'" + id + "'").toList()) + ")",
        Integer.class)).isZero();
  }

  @Test
  void anUpdateThatKeepsTheDueDateKeepsTheTimers() {
    Task task = startTask(start.plus(Duration.ofDays(10)));
    List<String> before = engineReminderJobIds(task);

    engine.getTaskService().claim(task.getId(), "cora");
    Task claimed = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    claimed.setName(claimed.getName() + " (claimed)");
    engine.getTaskService().saveTask(claimed);

    assertThat(engineReminderJobIds(task)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(recordedJobIds(task)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void aClearedDueDateRemovesTheTimersAndASetOneBringsThemBack() {
    Task task = startTask(start.plus(Duration.ofDays(10)));

    task.setDueDate(null);
    engine.getTaskService().saveTask(task);
    assertThat(engineReminderJobIds(task)).isEmpty();
    assertThat(recordedJobIds(task)).isEmpty();

    Instant due = start.plus(Duration.ofDays(3));
    task.setDueDate(Date.from(due));
    engine.getTaskService().saveTask(task);
    assertThat(engineReminderJobs(task)).extracting(cfg -> cfg.split("\\|")[1])
        .containsExactlyInAnyOrder("PT24H", "PT0S", "overdue"); // seven days before had passed
    assertThat(recordedJobIds(task)).containsExactlyInAnyOrderElementsOf(engineReminderJobIds(task));
  }

  @Test
  void completingTheTaskRemovesItsTimersEvenAfterOneFired() {
    Instant due = start.plus(Duration.ofDays(10));
    Task task = startTask(due);
    Task other = startTask(due);
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(7)).plusSeconds(60)));
    String sevenDays = jdbc.queryForObject("select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = ? and HANDLER_CFG_ = ?",
        String.class, Reminders.REMINDER_JOB, task.getId() + "|PT168H|" + due.toEpochMilli());
    engine.getManagementService().executeJob(sevenDays);
    assertThat(engineReminderJobIds(task)).hasSize(3);

    engine.getTaskService().complete(task.getId());

    assertThat(engineReminderJobIds(task)).isEmpty();
    assertThat(recordedJobIds(task)).isEmpty();
    assertThat(engineReminderJobIds(other)).hasSize(4); // another task's timers are left alone
    assertThat(recordedJobIds(other)).containsExactlyInAnyOrderElementsOf(engineReminderJobIds(other));
  }

  @Test
  void deletingTheProcessInstanceRemovesItsTimers() {
    Task task = startTask(start.plus(Duration.ofDays(10)));

    engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "withdrawn");

    assertThat(engineReminderJobIds(task)).isEmpty();
    assertThat(recordedJobIds(task)).isEmpty();
  }

  @Test
  void aTaskWithoutADueDateHasNoTimersAndNoRecord() {
    var pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Programmes.newReference(), java.util.Collections.singletonMap("due", null));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    assertThat(engineReminderJobIds(task)).isEmpty();
    assertThat(recordedJobIds(task)).isEmpty();
    engine.getTaskService().complete(task.getId());
    assertThat(recordedJobIds(task)).isEmpty();
  }

  Task startTask(Instant due) {
    var pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Programmes.newReference(), Map.of("due", Date.from(due)));
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  /** Ground truth: the reminder jobs in the engine's table whose configuration names the task. */
  List<String> engineReminderJobs(Task task) {
    return jdbc.queryForList("select HANDLER_CFG_ from ACT_RU_JOB where HANDLER_TYPE_ = ? and HANDLER_CFG_ like ?",
        String.class, Reminders.REMINDER_JOB, task.getId() + "|%");
  }

  List<String> engineReminderJobIds(Task task) {
    return jdbc.queryForList("select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = ? and HANDLER_CFG_ like ?",
        String.class, Reminders.REMINDER_JOB, task.getId() + "|%");
  }

  List<String> recordedJobIds(Task task) {
    return jdbc.queryForList("select job_ids from wm_reminder_timer where task_id = ?", String.class, task.getId()).stream()
        .flatMap(ids -> List.of(ids.split(",")).stream()).toList();
  }
}
