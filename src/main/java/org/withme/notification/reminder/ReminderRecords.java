package org.withme.notification.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.withme.notification.OutgoingMail;

/**
 * WithMe's record of reminder mails, which is also their outbox. Deciding to send (insert) joins
 * the engine's transaction; claiming and marking as sent run in transactions of their own, so a
 * mail the SMTP server accepted stays marked as sent even if the job's transaction fails later.
 */
public class ReminderRecords {

  /** A mail waiting in the outbox. */
  public record PendingMail(String id, String recipient, String subject, String text, String html) {
    OutgoingMail toMail() {
      return new OutgoingMail(List.of(recipient), subject, text, html);
    }
  }

  /** What a reminder is about and to whom. */
  record NewMail(String taskId, String point, Date due, String recipient, String processInstanceId,
      String processDefinitionKey, String businessKey, String taskName, String subject, String text, String html) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public ReminderRecords(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A task's reminder timers as scheduled: the due date they are for and the engine's job ids. */
  record Timers(long dueMillis, List<String> jobIds) {}

  /** The task's reminder timers, read by primary key (no look-up in ACT_RU_JOB). */
  Optional<Timers> timers(String taskId) {
    return jdbc.query("select due_millis, job_ids from wm_reminder_timer where task_id = ?",
        (rs, i) -> new Timers(rs.getLong(1), List.of(rs.getString(2).split(","))), taskId).stream().findFirst();
  }

  /** Records the timers just scheduled for a task (in the engine's transaction), replacing earlier ones. */
  void recordTimers(String taskId, boolean replacing, long dueMillis, List<String> jobIds) {
    String ids = String.join(",", jobIds);
    if (replacing && jdbc.update("update wm_reminder_timer set due_millis = ?, job_ids = ? where task_id = ?", dueMillis, ids, taskId) > 0) {
      return;
    }
    jdbc.update("insert into wm_reminder_timer (task_id, due_millis, job_ids) values (?, ?, ?)", taskId, dueMillis, ids);
  }

  void forgetTimers(String taskId) {
    jdbc.update("delete from wm_reminder_timer where task_id = ?", taskId);
  }

  boolean alreadyDecided(String taskId, String point, Date due, String recipient) {
    Integer n = jdbc.queryForObject("select count(*) from wm_reminder_mail where task_id = ? and reminder_point = ?"
        + " and due_at = ? and recipient = ?", Integer.class, taskId, point, new Timestamp(due.getTime()), recipient);
    return n != null && n > 0;
  }

  /** Records the decision in the caller's (the engine's) transaction; the unique constraint guards races. */
  String insert(NewMail mail) {
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into wm_reminder_mail (id, task_id, reminder_point, due_at, recipient, process_instance_id,"
            + " process_definition_key, business_key, task_name, subject, text_body, html_body, status, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
        id, mail.taskId(), mail.point(), new Timestamp(mail.due().getTime()), mail.recipient(),
        mail.processInstanceId(), mail.processDefinitionKey(), mail.businessKey(), mail.taskName(),
        mail.subject(), mail.text(), mail.html(), now());
    return id;
  }

  /**
   * Claims a pending mail for sending, in its own transaction. Empty when it was sent already.
   * Throws while another node holds a fresh claim, so the job tries again later.
   */
  Optional<PendingMail> claim(String id, Duration staleAfter) {
    return ownTransaction.execute(status -> {
      Timestamp now = now();
      Timestamp stale = new Timestamp(now.getTime() - staleAfter.toMillis());
      int claimed = jdbc.update("update wm_reminder_mail set status = 'sending', claimed_at = ?"
          + " where id = ? and (status = 'pending' or (status = 'sending' and claimed_at < ?))", now, id, stale);
      if (claimed == 0) {
        List<String> state = jdbc.queryForList("select status from wm_reminder_mail where id = ?", String.class, id);
        if (state.isEmpty() || "sent".equals(state.get(0))) {
          return Optional.<PendingMail>empty();
        }
        throw new IllegalStateException("The reminder mail " + id + " is being sent by another node");
      }
      return Optional.of(jdbc.queryForObject("select id, recipient, subject, text_body, html_body from wm_reminder_mail where id = ?",
          (rs, i) -> new PendingMail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id));
    });
  }

  void markSent(String id) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.update("update wm_reminder_mail set status = 'sent', sent_at = ? where id = ?", now(), id));
  }

  /** The SMTP server refused: back to pending, for the job's next attempt. */
  void release(String id) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.update("update wm_reminder_mail set status = 'pending', claimed_at = null where id = ? and status = 'sending'", id));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
