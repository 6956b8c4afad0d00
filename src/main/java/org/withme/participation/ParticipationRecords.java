package org.withme.participation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Engagement evidence, participation exceptions and feedback, written in the engine's transaction. */
@Repository
public class ParticipationRecords {

  /** One evidence row as later programmes see it. */
  public record Evidence(String programmeReference, String stage, LocalDate engagedOn, String method,
      int participants, String ageBands, String groups, String whatTheySaid) {}

  private final JdbcTemplate jdbc;

  public ParticipationRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String insertEvidence(String programme, String serviceArea, String stage, LocalDate engagedOn, String method,
      int participants, String ageBands, String groups, String whatTheySaid, boolean buddy, String by, Instant at) {
    return insertEvidence(programme, serviceArea, stage, engagedOn, method, participants, 0, ageBands, groups,
        whatTheySaid, buddy, by, at);
  }

  /**
   * A participation record. {@code participants} counts young people only; {@code parentsCarers}
   * (parents, carers, family members who took part) is kept apart and never counts as young people's participation.
   */
  public String insertEvidence(String programme, String serviceArea, String stage, LocalDate engagedOn, String method,
      int participants, int parentsCarers, String ageBands, String groups, String whatTheySaid, boolean buddy, String by,
      Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into wm_engagement_evidence (id, programme_reference, service_area, stage, engaged_on, method,
          participants_total, parents_carers, age_bands, groups_represented, what_they_said, buddy_recorded, recorded_by,
          recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, programme, serviceArea, stage, Date.valueOf(engagedOn), method, participants, parentsCarers, ageBands, groups,
        whatTheySaid, buddy, by, Timestamp.from(at));
    return id;
  }

  /** The programme's cohort groups, from its record (wm_programme), never from a variable. */
  public List<String> cohortGroupsOf(String programme) {
    List<String> rows = jdbc.queryForList("select cohort_groups from wm_programme where reference = ?", String.class, programme);
    return rows.isEmpty() || rows.get(0) == null || rows.get(0).isBlank() ? List.of() : List.of(rows.get(0).split(","));
  }

  /** The stage's participation records since it began, as representation reads them. */
  public List<Representation.Engagement> engagementsSince(String programme, String stage, Instant since) {
    return jdbc.query("""
        select groups_represented, participants_total from wm_engagement_evidence
        where programme_reference = ? and stage = ? and recorded_at >= ?""",
        (rs, i) -> new Representation.Engagement(rs.getString(1) == null || rs.getString(1).isBlank() ? List.of()
            : List.of(rs.getString(1).split(",")), rs.getInt(2)),
        programme, stage, Timestamp.from(since));
  }

  /** Participation records of a stage since it began with young people in them (parents and carers alone never count). */
  public int evidenceSince(String programme, String stage, Instant since) {
    Integer n = jdbc.queryForObject("""
        select count(*) from wm_engagement_evidence
        where programme_reference = ? and stage = ? and recorded_at >= ? and participants_total > 0""",
        Integer.class, programme, stage, Timestamp.from(since));
    return n == null ? 0 : n;
  }

  /** Existing intelligence: what young people said about a service area, newest first. */
  public List<Evidence> evidenceForServiceArea(String serviceArea, int limit) {
    return jdbc.query("""
        select programme_reference, stage, engaged_on, method, participants_total, age_bands, groups_represented,
          what_they_said from wm_engagement_evidence where service_area = ? order by engaged_on desc, recorded_at desc""",
        ps -> {
          ps.setString(1, serviceArea);
          ps.setMaxRows(limit);
        },
        (rs, i) -> new Evidence(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)));
  }

  public int evidenceCountForServiceArea(String serviceArea) {
    Integer n = jdbc.queryForObject("select count(*) from wm_engagement_evidence where service_area = ?", Integer.class, serviceArea);
    return n == null ? 0 : n;
  }

  /** What young people said about a service area on or after {@code since}: the consultation fatigue check. */
  public List<Evidence> evidenceForServiceAreaSince(String serviceArea, LocalDate since) {
    return jdbc.query("""
        select programme_reference, stage, engaged_on, method, participants_total, age_bands, groups_represented,
          what_they_said from wm_engagement_evidence where service_area = ? and engaged_on >= ?
        order by engaged_on desc, recorded_at desc""",
        (rs, i) -> new Evidence(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)), serviceArea, Date.valueOf(since));
  }

  public String requestException(String programme, String stage, String reason, String by, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into wm_participation_exception (id, programme_reference, stage, reason, requested_by, requested_at)
        values (?, ?, ?, ?, ?, ?)""", id, programme, stage, reason, by, Timestamp.from(at));
    return id;
  }

  public Optional<String> requesterOf(String exceptionId) {
    return jdbc.query("select requested_by from wm_participation_exception where id = ?",
        rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(), exceptionId);
  }

  /** The programme's exception awaiting a decision (the latest asked): its id and requester. */
  public record OpenException(String id, String requestedBy, String stage) {}

  public Optional<OpenException> openException(String programme) {
    return jdbc.query("""
        select id, requested_by, stage from wm_participation_exception
        where programme_reference = ? and decision is null order by requested_at desc""",
        rs -> rs.next() ? Optional.of(new OpenException(rs.getString(1), rs.getString(2), rs.getString(3)))
            : Optional.empty(), programme);
  }

  public void decideException(String exceptionId, String decision, String by, String reason, Instant at) {
    jdbc.update("""
        update wm_participation_exception set decision = ?, decided_by = ?, decided_at = ?, decision_reason = ?
        where id = ?""", decision, by, Timestamp.from(at), reason, exceptionId);
  }

  /** The latest exception for a programme's stage approved since the stage began. */
  public Optional<StageEvidenceRule.ApprovedException> approvedExceptionSince(String programme, String stage, Instant since) {
    return jdbc.query("""
        select requested_by, decided_by, reason, decision_reason from wm_participation_exception
        where programme_reference = ? and stage = ? and decision = 'approved' and requested_at >= ?
        order by decided_at desc""",
        rs -> rs.next() ? Optional.of(new StageEvidenceRule.ApprovedException(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4))) : Optional.empty(),
        programme, stage, Timestamp.from(since));
  }

  public String feedbackOwed(String programme, String stage, LocalDate due) {
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into wm_feedback (id, programme_reference, stage, due_on) values (?, ?, ?, ?)",
        id, programme, stage, Date.valueOf(due));
    return id;
  }

  /**
   * Feedback sent for a programme's {@code stage} (e.g. "tender", "inspection"): the oldest feedback
   * owed for it that is not yet sent is marked sent. If none is owed on record (an instance started
   * before due dates were kept), one is written due on the day it was sent.
   */
  public void feedbackSentFor(String programme, String stage, LocalDate sentOn, String summary, String by) {
    List<String> owed = jdbc.queryForList("select id from wm_feedback where programme_reference = ? and stage = ?"
        + " and sent_on is null order by due_on, id", String.class, programme, stage);
    if (owed.isEmpty()) {
      feedbackSent(feedbackOwed(programme, stage, sentOn), sentOn, summary, by);
    } else {
      feedbackSent(owed.get(0), sentOn, summary, by);
    }
  }

  public void feedbackSent(String feedbackId, LocalDate sentOn, String summary, String by) {
    jdbc.update("update wm_feedback set sent_on = ?, summary = ?, sent_by = ? where id = ?",
        Date.valueOf(sentOn), summary, by, feedbackId);
  }
}
