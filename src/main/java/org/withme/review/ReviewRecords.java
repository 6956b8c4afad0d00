package org.withme.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.withme.participation.Representation;

/** The framework review's records, and the evidence it reads from every process's records. */
@Repository
public class ReviewRecords {

  /** One action of the plan. */
  public record Action(String id, int year, int keyArea, String what, String owner, LocalDate dueOn,
      String knowDoneWhen, boolean done, String doneNote) {}

  /** One key area of the self-assessment, with the young people's comment. */
  public record Area(int keyArea, String doingNow, String needToDo, String responsible, LocalDate completeBy,
      String knowDoneWhen, String youngComment) {}

  private final JdbcTemplate jdbc;

  public ReviewRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the review of a year; empty when that year has one already (with who and when). */
  public Optional<String> open(int year, String processInstanceId, String startedBy, Timestamp at) {
    List<String> existing = jdbc.queryForList(
        "select coalesce(started_by, 'the yearly timer') || ' on ' || cast(cast(started_at as date) as varchar(20))"
            + " from wm_framework_review where review_year = ?", String.class, year);
    if (!existing.isEmpty()) {
      return Optional.of(existing.get(0));
    }
    jdbc.update("insert into wm_framework_review (review_year, process_instance_id, started_by, started_at) values (?, ?, ?, ?)",
        year, processInstanceId, startedBy, at);
    return Optional.empty();
  }

  /** The evidence of a year's review: the twelve months before the day that review started (today if not yet opened). */
  public Evidence evidence(int year) {
    List<Timestamp> started = jdbc.queryForList("select started_at from wm_framework_review where review_year = ?", Timestamp.class, year);
    LocalDate reviewStart = started.isEmpty() || started.get(0) == null
        ? ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
        : started.get(0).toLocalDateTime().toLocalDate();
    return evidence(year, reviewStart);
  }

  /**
   * The evidence of the review period: the twelve months before the review's start date, that day
   * excluded (a review started on 1 April 2045 counts 1 April 2044 to 31 March 2045).
   */
  public Evidence evidence(int year, LocalDate reviewStart) {
    LocalDate first = reviewStart.minusYears(1);
    Timestamp from = Timestamp.valueOf(first.atStartOfDay());
    Timestamp to = Timestamp.valueOf(reviewStart.atStartOfDay());
    Date fromDate = Date.valueOf(first);
    Date toDate = Date.valueOf(reviewStart);
    int programmes = count("select count(*) from wm_programme where started_at >= ? and started_at < ?", from, to);
    String gates = "select count(*) from wm_gate_decision where gate_kind = 'stage-evidence' and outcome = ?"
        + " and decided_at >= ? and decided_at < ?";
    int withEvidence = count(gates, "PASSED_WITH_EVIDENCE", from, to);
    int byException = count(gates, "PASSED_BY_EXCEPTION", from, to);
    int refused = count(gates, "REFUSED", from, to);
    List<String> reasons = jdbc.queryForList("select reason from wm_participation_exception"
        + " where lower(coalesce(decision, '')) in ('approved', 'approve', 'granted', 'agreed', 'accepted') and requested_at >= ? and requested_at < ? order by requested_at", String.class, from, to);
    int onTime = count("select count(*) from wm_feedback where due_on >= ? and due_on < ? and sent_on is not null and sent_on <= due_on", fromDate, toDate);
    int late = count("select count(*) from wm_feedback where due_on >= ? and due_on < ? and sent_on is not null and sent_on > due_on", fromDate, toDate);
    int outstanding = count("select count(*) from wm_feedback where due_on >= ? and due_on < ? and sent_on is null", fromDate, toDate);
    List<Evidence.TenderPanel> tenders = jdbc.query("select t.reference, t.young_weight_share,"
            + " (select count(*) from wm_panel_member m where m.tender_reference = t.reference and m.young = true and m.removed = false)"
            + " from wm_tender t where t.started_at >= ? and t.started_at < ? order by t.reference",
        (rs, i) -> new Evidence.TenderPanel(rs.getString(1), rs.getInt(3),
            rs.getBigDecimal(2) == null ? null : rs.getBigDecimal(2).doubleValue()), from, to);
    int inspections = count("select count(*) from wm_inspection where completed_at >= ? and completed_at < ?", from, to);
    int lastDone = count("select count(*) from wm_review_action where review_year = ? and done = true", year - 1);
    int lastOpen = count("select count(*) from wm_review_action where review_year = ? and done = false", year - 1);
    int young = count("select coalesce(sum(participants_total), 0) from wm_engagement_evidence where engaged_on >= ? and engaged_on < ?", fromDate, toDate);
    int parents = count("select coalesce(sum(parents_carers), 0) from wm_engagement_evidence where engaged_on >= ? and engaged_on < ?", fromDate, toDate);
    return new Evidence(year, first.toString(), reviewStart.minusDays(1).toString(), programmes, withEvidence, byException, refused, reasons, onTime, late, outstanding,
        tenders, inspections, lastDone, lastOpen, representation(from, to), young, parents);
  }

  /**
   * Representation of the cohorts in the period: every stage gate passed with evidence in it, and for
   * each group of its programme's cohort (wm_programme) whether the stage's participation records
   * (from the stage's entry to its gate) had young people of that group.
   */
  List<Evidence.GroupRepresentation> representation(Timestamp from, Timestamp to) {
    record Window(String programme, String stage, Timestamp entered, Timestamp closed, String cohort) {}
    List<Window> windows = jdbc.query("""
        select e.programme_reference, e.stage, e.entered_at, d.decided_at, p.cohort_groups from wm_stage_entry e
        join wm_gate_decision d on d.id = e.gate_decision_id join wm_programme p on p.reference = e.programme_reference
        where d.gate_kind = 'stage-evidence' and d.outcome = 'PASSED_WITH_EVIDENCE' and d.decided_at >= ? and d.decided_at < ?""",
        (rs, i) -> new Window(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getTimestamp(4), rs.getString(5)), from, to);
    Map<String, int[]> byGroup = new LinkedHashMap<>();
    Representation.GROUPS.keySet().forEach(g -> byGroup.put(g, new int[2]));
    for (Window w : windows) {
      List<String> cohort = w.cohort() == null || w.cohort().isBlank() ? List.of() : List.of(w.cohort().split(","));
      List<Representation.Engagement> engagements = jdbc.query("""
          select groups_represented, participants_total from wm_engagement_evidence
          where programme_reference = ? and stage = ? and recorded_at >= ? and recorded_at <= ?""",
          (rs, i) -> new Representation.Engagement(rs.getString(1) == null || rs.getString(1).isBlank() ? List.of()
              : List.of(rs.getString(1).split(",")), rs.getInt(2)), w.programme(), w.stage(), w.entered(), w.closed());
      for (Representation.Figure f : Representation.figures(cohort, engagements)) {
        int[] n = byGroup.computeIfAbsent(f.group(), g -> new int[2]);
        n[1]++;
        if (!f.gap()) {
          n[0]++;
        }
      }
    }
    List<Evidence.GroupRepresentation> out = new ArrayList<>();
    byGroup.forEach((g, n) -> {
      if (n[1] > 0) {
        out.add(new Evidence.GroupRepresentation(g, Representation.GROUPS.getOrDefault(g, g), n[0], n[1]));
      }
    });
    return out;
  }

  public void saveEvidence(int year, String json) {
    jdbc.update("update wm_framework_review set evidence_json = ? where review_year = ?", json, year);
  }

  /** Replaces the year's self-assessment and action plan (a sent-back review is assessed again). */
  public void saveSelfAssessment(int year, List<Area> areas, List<Action> actions) {
    jdbc.update("delete from wm_review_area where review_year = ?", year);
    jdbc.update("delete from wm_review_action where review_year = ?", year);
    for (Area a : areas) {
      jdbc.update("insert into wm_review_area (review_year, key_area, doing_now, need_to_do, responsible, complete_by,"
              + " know_done_when) values (?, ?, ?, ?, ?, ?, ?)", year, a.keyArea(), a.doingNow(), a.needToDo(),
          a.responsible(), a.completeBy() == null ? null : Date.valueOf(a.completeBy()), a.knowDoneWhen());
    }
    for (Action a : actions) {
      jdbc.update("insert into wm_review_action (id, review_year, key_area, what, owner, due_on, know_done_when, done)"
          + " values (?, ?, ?, ?, ?, ?, ?, false)", a.id(), year, a.keyArea(), a.what(), a.owner(), Date.valueOf(a.dueOn()), a.knowDoneWhen());
    }
  }

  public void saveYoungComment(int year, int keyArea, String comment) {
    jdbc.update("update wm_review_area set young_comment = ? where review_year = ? and key_area = ?", comment, year, keyArea);
  }

  public void signOff(int year, String by, Timestamp at, String comments) {
    jdbc.update("update wm_framework_review set signed_off_by = ?, signed_off_at = ?, sign_off_comments = ? where review_year = ?",
        by, at, comments, year);
  }

  public List<Area> areas(int year) {
    return jdbc.query("select key_area, doing_now, need_to_do, responsible, complete_by, know_done_when, young_comment"
        + " from wm_review_area where review_year = ? order by key_area", (rs, i) -> new Area(rs.getInt(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6),
        rs.getString(7)), year);
  }

  public List<Action> actions(int year) {
    return jdbc.query("select id, review_year, key_area, what, owner, due_on, know_done_when, done, done_note"
        + " from wm_review_action where review_year = ? order by key_area, id", (rs, i) -> action(rs), year);
  }

  public Action action(String id) {
    return jdbc.queryForObject("select id, review_year, key_area, what, owner, due_on, know_done_when, done, done_note"
        + " from wm_review_action where id = ?", (rs, i) -> action(rs), id);
  }

  public void actionDone(String id, Timestamp at, String note) {
    jdbc.update("update wm_review_action set done = true, done_at = ?, done_note = ? where id = ?", at, note, id);
  }

  public void saveReport(int year, String html, String pdfBase64, Timestamp at) {
    jdbc.update("delete from wm_review_report where review_year = ?", year);
    jdbc.update("insert into wm_review_report (review_year, html, pdf_base64, published_at) values (?, ?, ?, ?)",
        year, html, pdfBase64, at);
  }

  public Optional<String[]> report(int year) {
    return jdbc.query("select html, pdf_base64 from wm_review_report where review_year = ?",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, year).stream().findFirst();
  }

  private static Action action(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Action(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
        rs.getDate(6).toLocalDate(), rs.getString(7), rs.getBoolean(8), rs.getString(9));
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }
}
