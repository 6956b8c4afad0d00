package org.withme.commissioning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The Co-production Advisory Group's comments on a service's performance and the commissioner's answers. */
@Repository
public class AdvisoryRecords {

  /** One comment of the group as the commissioner reads it. */
  public record Comment(String id, LocalDate metOn, int youngMembers, int adultMembers, int parentsCarers,
      String performanceComment, String whatShouldChange, String feedbackId) {}

  /** What the group reads about the service: the Review stage's monitoring meetings. */
  public record Monitoring(int meetings, int seatFilled, String latestNotes) {}

  private final JdbcTemplate jdbc;

  public AdvisoryRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String insert(String programme, String processInstanceId, String stage, LocalDate metOn, int young, int adults,
      int parentsCarers, String ageBands, String groups, String comment, String change, String evidenceId,
      String feedbackId, String by, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into wm_advisory_comment (id, programme_reference, process_instance_id, stage, met_on, young_members,
          adult_members, parents_carers, age_bands, groups_represented, performance_comment, what_should_change,
          evidence_id, feedback_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, programme, processInstanceId, stage, Date.valueOf(metOn), young, adults, parentsCarers, ageBands, groups,
        comment, change, evidenceId, feedbackId, by, Timestamp.from(at));
    return id;
  }

  /** The comments of this process instance the commissioner has not answered yet, oldest first. */
  public List<Comment> unanswered(String processInstanceId) {
    return jdbc.query("""
        select id, met_on, young_members, adult_members, parents_carers, performance_comment, what_should_change,
          feedback_id from wm_advisory_comment where process_instance_id = ? and answer is null
        order by recorded_at, id""",
        (rs, i) -> new Comment(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), rs.getInt(5),
            rs.getString(6), rs.getString(7), rs.getString(8)), processInstanceId);
  }

  public void answer(String commentId, String answer, String by, Instant at) {
    jdbc.update("update wm_advisory_comment set answer = ?, answered_by = ?, answered_at = ? where id = ?",
        answer, by, Timestamp.from(at), commentId);
  }

  /** The programme's monitoring meetings recorded since {@code since} (the Review stage's start). */
  public Monitoring monitoringSince(String programme, Instant since) {
    List<Object[]> rows = jdbc.query("""
        select young_person_attended, notes from wm_monitoring_meeting where programme_reference = ? and recorded_at >= ?
        order by recorded_at, met_on""",
        (rs, i) -> new Object[] {rs.getBoolean(1), rs.getString(2)}, programme, Timestamp.from(since));
    int filled = (int) rows.stream().filter(r -> (Boolean) r[0]).count();
    return new Monitoring(rows.size(), filled, rows.isEmpty() ? null : (String) rows.get(rows.size() - 1)[1]);
  }

  /** What the Young Inspectors found, the latest of the programme's inspection records since {@code since}. */
  public String inspectionFindingsSince(String programme, Instant since) {
    List<String> rows = jdbc.query("""
        select what_they_said from wm_engagement_evidence where programme_reference = ? and method = 'Young Inspectors visit'
        and recorded_at >= ? order by recorded_at desc""",
        ps -> {
          ps.setString(1, programme);
          ps.setTimestamp(2, Timestamp.from(since));
          ps.setMaxRows(1);
        },
        (rs, i) -> rs.getString(1));
    return rows.isEmpty() ? null : rows.get(0);
  }
}
