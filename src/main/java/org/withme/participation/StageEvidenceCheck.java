package org.withme.participation;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gate kind {@code stage-evidence}: the stage (gatePoint) of this programme (business key) has
 * engagement evidence recorded since the stage began, or an approved exception asked since then.
 * When the stage began comes from WithMe's stage record (wm_stage_entry), never from a variable
 * such as {@code stageStartedAt} or {@code stage} that a submission could overwrite.
 */
@Component
public class StageEvidenceCheck implements GateCheck {

  private final ParticipationRecords records;
  private final StageEntries stages;

  public StageEvidenceCheck(ParticipationRecords records, StageEntries stages) {
    this.records = records;
    this.stages = stages;
  }

  @Override
  public String kind() {
    return "stage-evidence";
  }

  @Override
  public GateVerdict check(DelegateExecution execution) {
    String programme = execution.getProcessBusinessKey();
    String stage = (String) execution.getVariable("gatePoint"); // the service task's input parameter
    Optional<StageEntries.StageEntry> entry = stages.latest(execution.getProcessInstanceId())
        .filter(e -> e.stage().equals(stage));
    if (entry.isEmpty()) {
      return GateVerdict.refused("No record that the " + stage + " stage of this programme started, so no evidence"
          + " window to check");
    }
    var since = entry.get().enteredAt();
    return StageEvidenceRule.verdict(stage, records.evidenceSince(programme, stage, since),
        records.approvedExceptionSince(programme, stage, since));
  }
}
