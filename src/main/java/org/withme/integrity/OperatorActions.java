package org.withme.integrity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit record of process operators' repairs (wm_operator_action), in the engine's transaction. */
@Repository
public class OperatorActions {

  private final JdbcTemplate jdbc;

  public OperatorActions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actedBy, Instant at, String command, String processInstanceId, String processDefinitionId,
      String reason, String detail) {
    jdbc.update("""
        insert into wm_operator_action (id, acted_by, acted_at, command, process_instance_id, process_definition_id,
          reason, detail) values (?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), actedBy, Timestamp.from(at), command, processInstanceId, processDefinitionId,
        limit(reason), limit(detail));
  }

  private static String limit(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
  }
}
