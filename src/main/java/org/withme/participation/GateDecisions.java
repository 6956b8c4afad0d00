package org.withme.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every gate outcome, written in the engine's transaction. */
@Repository
public class GateDecisions {

  private final JdbcTemplate jdbc;

  public GateDecisions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the outcome and returns the decision's id. */
  public String record(String processInstanceId, String processDefinitionKey, String businessKey, String gatePoint,
      String gateKind, GateVerdict verdict, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into wm_gate_decision (id, process_instance_id, process_definition_key, business_key, gate_point,
          gate_kind, outcome, reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, processInstanceId, processDefinitionKey, businessKey, gatePoint, gateKind,
        verdict.outcome().name(), verdict.reason(), verdict.decidedBy(), Timestamp.from(at));
    return id;
  }
}
