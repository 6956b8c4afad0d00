package org.withme.commissioning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** WithMe's record of each programme, written in the engine's transaction. */
@Repository
public class ProgrammeRecords {

  private final JdbcTemplate jdbc;

  public ProgrammeRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String reference) {
    Integer n = jdbc.queryForObject("select count(*) from wm_programme where reference = ?", Integer.class, reference);
    return n != null && n > 0;
  }

  public void insert(Programme p, String processInstanceId, String startedBy, Instant startedAt) {
    jdbc.update("""
        insert into wm_programme (reference, title, service_area, cohort_age_from, cohort_age_to, cohort_groups,
          estimated_value, influence_rung, lundy_elements, process_instance_id, started_by, started_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        p.reference(), p.title(), p.serviceArea(), p.cohortAgeFrom(), p.cohortAgeTo(),
        p.cohortGroups() == null ? null : String.join(",", p.cohortGroups()),
        p.estimatedValue(), p.influenceRung(), String.join(",", p.lundyElements()),
        processInstanceId, startedBy, Timestamp.from(startedAt));
  }

  public Optional<String> titleOf(String reference) {
    return jdbc.query("select title from wm_programme where reference = ?",
        rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(), reference);
  }
}
