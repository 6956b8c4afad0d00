package org.withme.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.withme.privacy.PersonalData.UserColumn;

/**
 * The retention clean-up: once a kind of record has outlived its period
 * ({@link RetentionProperties}), its personal part goes and what the figures count stays — user
 * ids become pseudonyms, free text is removed, counts, dates, scores and outcomes remain. Mails
 * and operators' audit rows, which no figure reads, are deleted. Every run writes one
 * wm_retention_run row per rule. Safe to run on several nodes at once: each step only touches
 * rows not yet cleaned.
 */
@Component
public class RetentionCleanUp {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionCleanUp.class);

  private final JdbcTemplate jdbc;
  private final RetentionProperties retention;
  private final ZoneId zone = ZoneId.systemDefault();

  public RetentionCleanUp(JdbcTemplate jdbc, RetentionProperties retention) {
    this.jdbc = jdbc;
    this.retention = retention;
  }

  @Scheduled(cron = "${withme.retention.cron:0 30 2 * * *}")
  public void nightly() {
    Map<String, Integer> done = run(ClockUtil.getCurrentTime().toInstant());
    LOG.info("Retention clean-up: {}", done);
  }

  /** Applies every rule as of {@code now}; returns the rows each rule changed. */
  @Transactional
  public Map<String, Integer> run(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Map<String, Integer> done = new LinkedHashMap<>();
    done.put("tender-records", tenderRecords(at(now, retention.tenderRecords())));
    done.put("left-young-inspectors", leftYoungInspectors(at(now, retention.leftYoungInspectors())));
    done.put("inspection-feedback", jdbc.update(
        "update wm_inspection_feedback set comments = null where comments is not null and recorded_at < ?",
        at(now, retention.inspectionFeedback())));
    done.put("survey-comments", jdbc.update(
        "update wm_engagement_survey set comments = null where comments is not null and recorded_at < ?",
        at(now, retention.surveyComments())));
    done.put("engagement-text", jdbc.update(
        "update wm_engagement_evidence set what_they_said = ?, recorded_by = null where what_they_said <> ? and engaged_on < ?",
        RetentionRules.REMOVED_TEXT, RetentionRules.REMOVED_TEXT, Date.valueOf(RetentionRules.cutoff(today, retention.engagementText()))));
    done.put("reminder-mails", jdbc.update("delete from wm_reminder_mail where created_at < ?", at(now, retention.reminderMails())));
    done.put("operator-actions", jdbc.update("delete from wm_operator_action where acted_at < ?", at(now, retention.operatorActions())));
    done.forEach((rule, n) -> jdbc.update("insert into wm_retention_run (id, ran_at, rule_name, affected) values (?, ?, ?, ?)",
        UUID.randomUUID().toString(), Timestamp.from(now), rule, n));
    return done;
  }

  private Timestamp at(Instant now, Period period) {
    return Timestamp.from(RetentionRules.cutoff(now, period, zone));
  }

  /** Each expired tender's people get pseudonyms of their own (consistent within the tender); conflict details go. */
  private int tenderRecords(Timestamp expired) {
    List<String> tenders = jdbc.queryForList(
        "select reference from wm_tender where coalesce(awarded_at, started_at) < ?", String.class, expired);
    int changed = 0;
    for (String tender : tenders) {
      Map<String, String> pseudonyms = new HashMap<>();
      for (UserColumn c : PersonalData.TENDER_RECORDS) {
        for (String user : jdbc.queryForList("select distinct " + c.column() + " from " + c.table()
            + " where tender_reference = ? and " + c.column() + " is not null", String.class, tender)) {
          if (RetentionRules.isPseudonym(user)) {
            continue;
          }
          String pseudonym = pseudonyms.computeIfAbsent(user, u -> RetentionRules.newPseudonym());
          changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where tender_reference = ? and "
              + c.column() + " = ?", pseudonym, tender, user);
        }
      }
      changed += jdbc.update("update wm_tender_conflict set details = null where tender_reference = ? and details is not null", tender);
    }
    return changed;
  }

  /** Inspectors who left the pool before the cut-off: their name goes and their user id becomes a pseudonym in WithMe's records. */
  private int leftYoungInspectors(Timestamp expired) {
    int changed = 0;
    for (String user : jdbc.queryForList(
        "select user_id from wm_young_inspector where active = false and updated_at < ? and display_name <> 'Erased'",
        String.class, expired)) {
      String pseudonym = RetentionRules.newPseudonym();
      for (UserColumn c : PersonalData.RECORDS) {
        if (c.table().startsWith("wm_young_inspector") || c.table().startsWith("wm_inspect")) {
          changed += jdbc.update("update " + c.table() + " set " + c.column() + " = ? where " + c.column() + " = ?", pseudonym, user);
        }
      }
      changed += jdbc.update("update wm_young_inspector set display_name = 'Erased' where user_id = ?", pseudonym);
    }
    return changed;
  }
}
