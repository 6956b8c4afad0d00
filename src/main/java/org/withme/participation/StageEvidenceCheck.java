package org.withme.participation;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gate kind {@code stage-evidence}: the stage (gatePoint) of this programme (business key) has
 * engagement evidence recorded since the stage began, or an approved exception asked since then.
 */
@Component
public class StageEvidenceCheck implements GateCheck {

  private final ParticipationRecords records;

  public StageEvidenceCheck(ParticipationRecords records) {
    this.records = records;
  }

  @Override
  public String kind() {
    return "stage-evidence";
  }

  @Override
  public GateVerdict check(DelegateExecution execution) {
    String programme = execution.getProcessBusinessKey();
    String stage = (String) execution.getVariable("gatePoint");
    Object started = execution.getVariable("stageStartedAt");
    Instant since = started instanceof Date d ? d.toInstant() : Instant.EPOCH;
    return StageEvidenceRule.verdict(stage, records.evidenceSince(programme, stage, since),
        records.approvedExceptionSince(programme, stage, since));
  }
}
