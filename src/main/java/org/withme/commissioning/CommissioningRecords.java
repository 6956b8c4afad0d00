package org.withme.commissioning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Specification reviews, monitoring meetings and engagement surveys, in the engine's transaction. */
@Repository
public class CommissioningRecords {

  private final JdbcTemplate jdbc;

  public CommissioningRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void specificationReview(String programme, LocalDate on, String changed, String by, Instant at) {
    jdbc.update("""
        insert into wm_specification_review (id, programme_reference, reviewed_on, what_they_changed, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), programme, Date.valueOf(on), changed, by, Timestamp.from(at));
  }

  public void monitoringMeeting(String programme, LocalDate on, boolean attended, String notes, String by, Instant at) {
    jdbc.update("""
        insert into wm_monitoring_meeting (id, programme_reference, met_on, young_person_attended, notes, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), programme, Date.valueOf(on), attended, notes, by, Timestamp.from(at));
  }

  public void engagementSurvey(String programme, int respondents, int feltListenedTo, String sawWhatChanged,
      String wouldTakePartAgain, String comments, String by, Instant at) {
    jdbc.update("""
        insert into wm_engagement_survey (id, programme_reference, respondents, felt_listened_to, saw_what_changed,
          would_take_part_again, comments, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), programme, respondents, feltListenedTo, sawWhatChanged, wouldTakePartAgain,
        comments, by, Timestamp.from(at));
  }
}
