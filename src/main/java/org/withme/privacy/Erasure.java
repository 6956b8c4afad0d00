package org.withme.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.withme.privacy.PersonalData.UserColumn;

/**
 * Erasure of one person's personal data on request (UK GDPR Art. 17): their user id is replaced
 * by a fresh pseudonym everywhere WithMe and the engine record it, so every count stays true;
 * what only describes them (their name in the Young Inspectors' pool, their comments, mails sent
 * to them) is removed; their account, group memberships and open task assignments go. A tender's
 * evaluation records inside its retention period are kept as they are (a legal obligation) and
 * the erasure says until when. One audit row records the erasure without the erased user id.
 */
@Service
public class Erasure {

  /** What an erasure did. */
  public record Report(String pseudonym, int rowsChanged, int rowsKept, String keptNote) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final RetentionProperties retention;

  public Erasure(JdbcTemplate jdbc, IdentityService identity, RetentionProperties retention) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.retention = retention;
  }

  @Transactional
  public Report erase(String userId, String requestedBy, String reason, Instant now) {
    if (userId == null || userId.isBlank() || RetentionRules.isPseudonym(userId)) {
      throw new IllegalArgumentException("Say whose data to erase: a WithMe user id.");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why the data is erased (for example the date of the person's request).");
    }
    String pseudonym = RetentionRules.newPseudonym();
    User user = identity.createUserQuery().userId(userId).singleResult();
    int changed = pseudonymise(userId, pseudonym, now);
    changed += jdbc.update("update wm_young_inspector set display_name = 'Erased' where user_id = ?", pseudonym);
    changed += jdbc.update("update wm_inspection_feedback set comments = null where user_id = ?", pseudonym);
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      changed += jdbc.update("delete from wm_reminder_mail where recipient = ?", user.getEmail());
    }
    changed += jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = null where ASSIGNEE_ = ?", userId);
    changed += jdbc.update("delete from ACT_RU_IDENTITYLINK where USER_ID_ = ?", userId);
    changed += jdbc.update("delete from ACT_RU_AUTHORIZATION where USER_ID_ = ?", userId);
    if (user != null) {
      identity.deleteUser(userId);
      changed++;
    }
    int kept = 0;
    for (UserColumn c : PersonalData.TENDER_RECORDS) {
      kept += count("select count(*) from " + c.table() + " where " + c.column() + " = ?", userId);
    }
    String keptNote = kept == 0 ? null : keptNote(userId, now);
    jdbc.update("""
        insert into wm_erasure (id, pseudonym, requested_by, reason, erased_at, rows_changed, rows_kept, kept_note)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), pseudonym, requestedBy, reason,
        Timestamp.from(now), changed, kept, keptNote);
    return new Report(pseudonym, changed, kept, keptNote);
  }

  /**
   * Replaces {@code userId} by {@code pseudonym} in WithMe's records, the engine's history and
   * string variables, and in tender records whose retention period has run out.
   */
  int pseudonymise(String userId, String pseudonym, Instant now) {
    int changed = 0;
    for (UserColumn c : PersonalData.RECORDS) {
      changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ?", pseudonym, userId);
    }
    for (UserColumn c : PersonalData.ENGINE) {
      changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ?", pseudonym, userId);
    }
    for (UserColumn c : PersonalData.ENGINE_VARIABLES) {
      String type = c.table().equals("ACT_RU_VARIABLE") ? "TYPE_" : "VAR_TYPE_";
      changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ? and " + type + " = 'string'",
          pseudonym, userId);
    }
    Timestamp expired = Timestamp.from(RetentionRules.cutoff(now, retention.tenderRecords(), ZoneId.systemDefault()));
    for (UserColumn c : PersonalData.TENDER_RECORDS) {
      changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ?"
          + " and tender_reference in (select reference from wm_tender where coalesce(awarded_at, started_at) < ?)",
          pseudonym, userId, expired);
    }
    return changed;
  }

  private String keptNote(String userId, Instant now) {
    List<Timestamp> ends = jdbc.queryForList("""
        select coalesce(t.awarded_at, t.started_at) from wm_tender t
        where t.reference in (select tender_reference from wm_panel_member where user_id = ?
                              union select tender_reference from wm_tender_score where user_id = ?
                              union select tender_reference from wm_tender_conflict where user_id = ?)
        order by 1 desc""", Timestamp.class, userId, userId, userId);
    LocalDate until = ends.isEmpty() ? LocalDate.ofInstant(now, ZoneId.systemDefault())
        : ends.get(0).toLocalDateTime().toLocalDate().plus(retention.tenderRecords());
    return "Tender evaluation records are kept unchanged until " + until
        + " (Procurement Act 2023 s.98), then the retention clean-up replaces the user id.";
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }
}
