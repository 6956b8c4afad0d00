package org.withme.publicpage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the public page reads from WithMe's own records, and nothing more: no column that names or
 * identifies a person (recorded_by, sent_by, started_by, user ids, signatories, supporting adults),
 * no price, estimated value, score or bidder other than the one awarded the contract.
 */
@Repository
public class PublicRecords {

  /** A programme, with the level of influence promised at its start. */
  public record Programme(String reference, String title, String serviceArea, int influenceRung, List<String> lundyElements,
      Instant startedAt) {}

  /** An entry of a programme into a stage, and the gate outcome that closed it (null while open). */
  public record StageEntry(String stage, int seq, Instant enteredAt, String gateOutcome, Instant closedAt) {}

  /** A "you said, we did" item owed for a programme's stage: sentOn null while not yet sent. */
  public record Feedback(String id, String programmeReference, String stage, LocalDate dueOn, LocalDate sentOn, String summary) {}

  /** A signed annual framework review; publishedAt null when no report was saved. */
  public record SignedReview(int year, Instant signedOffAt, String evidenceJson, Instant publishedAt) {}

  /** An organisation that signed the participation charter when it was awarded a contract. */
  public record Signatory(String organisation, LocalDate signedOn) {}

  private final JdbcTemplate jdbc;

  public PublicRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Programmes whose commissioning cycle is still running (its process instance exists), newest first. */
  public List<Programme> programmesUnderWay() {
    return jdbc.query("""
        select p.reference, p.title, p.service_area, p.influence_rung, p.lundy_elements, p.started_at from wm_programme p
        where exists (select 1 from ACT_RU_EXECUTION x where x.ID_ = p.process_instance_id)
        order by p.started_at desc, p.reference""", (rs, i) -> programme(rs));
  }

  public Optional<Programme> programme(String reference) {
    return jdbc.query("""
        select p.reference, p.title, p.service_area, p.influence_rung, p.lundy_elements, p.started_at from wm_programme p
        where p.reference = ?""", (rs, i) -> programme(rs), reference).stream().findFirst();
  }

  public boolean underWay(String reference) {
    Integer n = jdbc.queryForObject("""
        select count(*) from wm_programme p where p.reference = ?
        and exists (select 1 from ACT_RU_EXECUTION x where x.ID_ = p.process_instance_id)""", Integer.class, reference);
    return n != null && n > 0;
  }

  /** A programme's stage entries in order. */
  public List<StageEntry> stages(String reference) {
    return jdbc.query("""
        select e.stage, e.seq, e.entered_at, d.outcome, d.decided_at from wm_stage_entry e
        left join wm_gate_decision d on d.id = e.gate_decision_id
        where e.programme_reference = ? order by e.entered_at, e.seq""",
        (rs, i) -> new StageEntry(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), reference);
  }

  /** Young people counted in a stage's participation records between its entry and its close. */
  public int youngPeople(String reference, String stage, Instant from, Instant to) {
    Integer n = jdbc.queryForObject("""
        select coalesce(sum(participants_total), 0) from wm_engagement_evidence
        where programme_reference = ? and stage = ? and recorded_at >= ? and recorded_at <= ?""",
        Integer.class, reference, stage, Timestamp.from(from), Timestamp.from(to));
    return n == null ? 0 : n;
  }

  /** How young people took part in a stage (the methods recorded), without who or how many each. */
  public List<String> methods(String reference, String stage, Instant from, Instant to) {
    return jdbc.queryForList("""
        select distinct method from wm_engagement_evidence
        where programme_reference = ? and stage = ? and recorded_at >= ? and recorded_at <= ? and participants_total > 0
        order by method""", String.class, reference, stage, Timestamp.from(from), Timestamp.from(to));
  }

  public List<Feedback> feedbackOf(String reference) {
    return jdbc.query("""
        select id, programme_reference, stage, due_on, sent_on, summary from wm_feedback
        where programme_reference = ? order by due_on, id""", (rs, i) -> feedback(rs), reference);
  }

  /** The newest "you said, we did" items sent, of any programme. */
  public List<Feedback> latestSent(int limit) {
    return jdbc.query("""
        select id, programme_reference, stage, due_on, sent_on, summary from wm_feedback
        where sent_on is not null and summary is not null order by sent_on desc, due_on desc, id""",
        ps -> {
          ps.setMaxRows(limit);
        }, (rs, i) -> feedback(rs));
  }

  public List<SignedReview> signedReviews() {
    return jdbc.query("""
        select r.review_year, r.signed_off_at, r.evidence_json, p.published_at from wm_framework_review r
        left join wm_review_report p on p.review_year = r.review_year
        where r.signed_off_at is not null order by r.review_year desc""",
        (rs, i) -> new SignedReview(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()));
  }

  /**
   * The charter's signatories: organisations that signed it and were awarded the contract. A
   * preferred bidder that signed but was not (or not yet) awarded is not named: before the award
   * that is commercially confidential.
   */
  public List<Signatory> charterSignatories() {
    return jdbc.query("""
        select b.bidder, max(b.charter_signed_on) from wm_tender_bid b join wm_tender t on t.reference = b.tender_reference
        where b.charter_status = 'signed' and t.awarded_bidder = b.bidder and t.awarded_at is not null
        group by b.bidder order by b.bidder""",
        (rs, i) -> new Signatory(rs.getString(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()));
  }

  /** Every name and login WithMe holds outside its identity service, to take out of free texts. */
  public List<String> namesHeld() {
    List<String> names = new ArrayList<>();
    names.addAll(jdbc.queryForList("select display_name from wm_young_inspector", String.class));
    names.addAll(jdbc.queryForList("select user_id from wm_young_inspector", String.class));
    names.addAll(jdbc.queryForList("select supporting_adult from wm_panel_member where supporting_adult is not null", String.class));
    names.addAll(jdbc.queryForList("select supporting_adult from wm_inspection where supporting_adult is not null", String.class));
    names.addAll(jdbc.queryForList("select young_presenter from wm_tender where young_presenter is not null", String.class));
    names.addAll(jdbc.queryForList("select charter_signatory from wm_tender_bid where charter_signatory is not null", String.class));
    return names;
  }

  private static Programme programme(java.sql.ResultSet rs) throws java.sql.SQLException {
    String lundy = rs.getString(5);
    return new Programme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
        lundy == null || lundy.isBlank() ? List.of() : List.of(lundy.split(",")), rs.getTimestamp(6).toInstant());
  }

  private static Feedback feedback(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Feedback(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6));
  }
}
