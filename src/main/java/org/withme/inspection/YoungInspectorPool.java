package org.withme.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The pool of Young Inspectors and their training, written in the engine's transaction. */
@Repository
public class YoungInspectorPool {

  private static final RowMapper<YoungInspector> ROW = (rs, n) -> new YoungInspector(rs.getString("user_id"),
      rs.getString("display_name"), AgeBand.of(rs.getString("age_band")).orElseThrow(), rs.getDate("last_trained_on").toLocalDate(),
      rs.getDate("refresher_due_on").toLocalDate(), rs.getBoolean("active"));

  private final JdbcTemplate jdbc;

  public YoungInspectorPool(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a training session and moves the inspector's refresher date on. */
  public void recordTraining(String userId, String name, AgeBand ageBand, LocalDate trainedOn, LocalDate refresherDue,
      String kind, String recordedBy, Instant at) {
    int updated = jdbc.update("""
        update wm_young_inspector set display_name = coalesce(?, display_name), age_band = coalesce(?, age_band),
          last_trained_on = ?, refresher_due_on = ?, active = true, updated_at = ? where user_id = ?""",
        name, ageBand == null ? null : ageBand.code(), Date.valueOf(trainedOn), Date.valueOf(refresherDue),
        Timestamp.from(at), userId);
    if (updated == 0) {
      jdbc.update("""
          insert into wm_young_inspector (user_id, display_name, age_band, last_trained_on, refresher_due_on, active, updated_at)
          values (?, ?, ?, ?, ?, true, ?)""",
          userId, name, ageBand.code(), Date.valueOf(trainedOn), Date.valueOf(refresherDue), Timestamp.from(at));
    }
    jdbc.update("insert into wm_inspector_training (id, user_id, trained_on, kind, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), userId, Date.valueOf(trainedOn), kind, recordedBy, Timestamp.from(at));
  }

  public void leave(String userId, Instant at) {
    jdbc.update("update wm_young_inspector set active = false, updated_at = ? where user_id = ?", Timestamp.from(at), userId);
  }

  public java.util.Optional<YoungInspector> find(String userId) {
    return jdbc.query("select * from wm_young_inspector where user_id = ?", ROW, userId).stream().findFirst();
  }

  /** Active inspectors by user id, in name order. */
  public Map<String, YoungInspector> active() {
    Map<String, YoungInspector> pool = new LinkedHashMap<>();
    for (YoungInspector i : jdbc.query("select * from wm_young_inspector where active = true order by display_name", ROW)) {
      pool.put(i.userId(), i);
    }
    return pool;
  }

  /** User ids of the inspectors assigned to an inspection: one reward task each. */
  public List<String> assignedIds(String inspectionId) {
    return jdbc.queryForList("select user_id from wm_inspection_inspector where inspection_id = ? order by user_id",
        String.class, inspectionId);
  }

  public List<YoungInspector> assignedTo(String inspectionId) {
    return jdbc.query("""
        select y.* from wm_young_inspector y join wm_inspection_inspector a on a.user_id = y.user_id
        where a.inspection_id = ? order by y.display_name""", ROW, inspectionId);
  }
}
