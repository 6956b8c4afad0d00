package org.withme.participation;

import java.util.List;
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
    GateVerdict verdict = StageEvidenceRule.verdict(stage, records.evidenceSince(programme, stage, since),
        records.approvedExceptionSince(programme, stage, since));
    // who took part against the cohort: a gap warns (kept with the decision, shown to the commissioner), never blocks
    String warning = "";
    if (verdict.outcome() == GateOutcome.PASSED_WITH_EVIDENCE) {
      List<Representation.Figure> figures = Representation.figures(records.cohortGroupsOf(programme),
          records.engagementsSince(programme, stage, since));
      warning = Representation.warning(stage, figures).orElse("");
      if (!figures.isEmpty()) {
        verdict = new GateVerdict(verdict.outcome(), verdict.reason() + ". Cohort represented: "
            + Representation.summary(figures) + (warning.isEmpty() ? "" : ". " + warning), verdict.decidedBy());
      }
    }
    execution.setVariable("representationWarning", warning);
    return verdict;
  }
}
