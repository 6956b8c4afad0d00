package org.withme.integrity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.withme.participation.StageEntries;

/**
 * The check on entry to each commissioning stage, to "Decide what happens next" and to the tender
 * award, added to the models by {@link IntegrityPlugin} as a built-in listener (it runs with
 * {@code skipCustomListeners} too, and a process owner cannot leave it out of a model). It reads
 * WithMe's records only: the programme record, the stage entries and the gate decisions.
 */
final class StageEntryCheck implements ExecutionListener {

  /** Commissioning-cycle activities with an entry check, and the stage each stands for. */
  static final Map<String, String> COMMISSIONING = Map.of("AnalyseStage", "analyse", "PlanStage", "plan",
      "DoStage", "do", "ReviewStage", "review", "DecideNextStep", "next-step");

  private final StageEntries stages;
  private final String stage;

  StageEntryCheck(StageEntries stages, String stage) {
    this.stages = stages;
    this.stage = stage;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    String programme = execution.getProcessBusinessKey();
    var previous = stages.latest(instance).map(e -> new StageEntryRule.Previous(e.stage(), e.gatePassed()));
    boolean registered = "analyse".equals(stage) && programme != null && stages.programmeRegistered(programme, instance);
    StageEntryRule.refusal(stage, programme, registered, previous).ifPresent(message -> {
      throw new GateNotPassedException(message);
    });
    if (!"next-step".equals(stage)) {
      stages.enter(instance, programme, stage, ClockUtil.getCurrentTime().toInstant());
    }
  }

  /** Entry to "Award the contract": the young panel's gate passed in this tender. */
  static final class Award implements ExecutionListener {
    private final StageEntries stages;

    Award(StageEntries stages) {
      this.stages = stages;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (!stages.gatePassed(execution.getProcessInstanceId(), "tender-award")) {
        throw new GateNotPassedException("The contract cannot be awarded in the tender of " + execution.getProcessBusinessKey()
            + ": the participation gate before the award (young panellists' scores) has not passed"
            + " for this tender. The award is reached only through scoring, moderation and that gate.");
      }
    }
  }
}
