package org.withme.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * WithMe's record of each stage a programme's process instance entered, in order, and the gate
 * decision that closed it (wm_stage_entry). The stage gate reads its stage and evidence window from
 * here, and the next stage's entry check reads whether the gate passed: neither trusts a variable.
 */
@Repository
public class StageEntries {

  /** One stage entry and whether its participation gate passed (null: no gate decision yet). */
  public record StageEntry(String id, String stage, int seq, Instant enteredAt, String gateOutcome) {
    public boolean gatePassed() {
      return gateOutcome != null && GateOutcome.valueOf(gateOutcome).passed();
    }
  }

  private final JdbcTemplate jdbc;

  public StageEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest stage entry of this process instance, if any. */
  /** The stage the instance is in, from its latest stage-entry record (never a variable), or {@code fallback}. */
  public String stageOf(String processInstanceId, String fallback) {
    return latest(processInstanceId).map(StageEntry::stage).orElse(fallback);
  }

  public Optional<StageEntry> latest(String processInstanceId) {
    return jdbc.query("""
        select e.id, e.stage, e.seq, e.entered_at, d.outcome from wm_stage_entry e
        left join wm_gate_decision d on d.id = e.gate_decision_id
        where e.process_instance_id = ? order by e.seq desc""",
        rs -> rs.next() ? Optional.of(new StageEntry(rs.getString(1), rs.getString(2), rs.getInt(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5))) : Optional.empty(),
        processInstanceId);
  }

  public void enter(String processInstanceId, String programme, String stage, Instant at) {
    int seq = latest(processInstanceId).map(StageEntry::seq).orElse(0) + 1;
    jdbc.update("""
        insert into wm_stage_entry (id, process_instance_id, programme_reference, stage, seq, entered_at)
        values (?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), processInstanceId, programme, stage, seq, Timestamp.from(at));
  }

  /** Links a gate decision to the stage entry it closes. */
  public void closedBy(String entryId, String gateDecisionId) {
    jdbc.update("update wm_stage_entry set gate_decision_id = ? where id = ?", gateDecisionId, entryId);
  }

  /** Whether the programme was registered (wm_programme) by this process instance. */
  public boolean programmeRegistered(String programme, String processInstanceId) {
    Integer n = jdbc.queryForObject("select count(*) from wm_programme where reference = ? and process_instance_id = ?",
        Integer.class, programme, processInstanceId);
    return n != null && n > 0;
  }

  /** Whether a participation gate at this point passed in this process instance. */
  public boolean gatePassed(String processInstanceId, String gatePoint) {
    Integer n = jdbc.queryForObject("""
        select count(*) from wm_gate_decision where process_instance_id = ? and gate_point = ?
        and outcome in ('PASSED_WITH_EVIDENCE', 'PASSED_BY_EXCEPTION')""",
        Integer.class, processInstanceId, gatePoint);
    return n != null && n > 0;
  }

  /**
   * The stage a programme is in, from its stage record: the latest stage entry whose gate has not
   * passed. Empty between stages, after the cycle, or for a reference with no stage record.
   */
  public Optional<String> openStageOf(String programme) {
    if (programme == null) {
      return Optional.empty();
    }
    List<String[]> latest = jdbc.query("""
        select e.stage, d.outcome from wm_stage_entry e left join wm_gate_decision d on d.id = e.gate_decision_id
        where e.programme_reference = ? order by e.entered_at desc, e.seq desc""",
        ps -> {
          ps.setString(1, programme);
          ps.setMaxRows(1);
        },
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    String outcome = latest.get(0)[1];
    boolean passed = outcome != null && GateOutcome.valueOf(outcome).passed();
    return passed ? Optional.empty() : Optional.of(latest.get(0)[0]);
  }
}
