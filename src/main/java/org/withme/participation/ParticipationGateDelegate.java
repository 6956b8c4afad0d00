package org.withme.participation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * The participation gate: one bean for every point where a process may only go on with young
 * people's participation. The service task says which check applies ({@code gateKind}) and where
 * it stands ({@code gatePoint}), as input parameters. Every outcome is recorded; the process
 * reads {@code gatePassed} to go on or to go back. A stage gate's decision closes the stage's entry
 * in wm_stage_entry, which the next stage checks on entry (org.withme.integrity.StageEntryCheck).
 */
@Component("participationGate")
public class ParticipationGateDelegate implements JavaDelegate {

  private final Map<String, GateCheck> checks;
  private final GateDecisions decisions;
  private final StageEntries stages;
  private final ParticipationRecords records;

  public ParticipationGateDelegate(List<GateCheck> checks, GateDecisions decisions, StageEntries stages,
      ParticipationRecords records) {
    this.checks = checks.stream().collect(Collectors.toMap(GateCheck::kind, Function.identity()));
    this.decisions = decisions;
    this.stages = stages;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = required(execution, "gateKind");
    String point = required(execution, "gatePoint");
    GateCheck check = checks.get(kind);
    if (check == null) {
      throw new ProcessEngineException("Participation gate at '" + point + "': no check of kind '" + kind
          + "'. Known kinds: " + checks.keySet());
    }
    GateVerdict verdict = check.check(execution);
    // the definition from the execution itself: the user completing the task may not read definitions
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    String decision = decisions.record(execution.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(),
        point, kind, verdict, ClockUtil.getCurrentTime().toInstant());
    // a stage gate closes the stage entry on record; the next stage's entry check reads it there
    stages.latest(execution.getProcessInstanceId())
        .filter(entry -> entry.stage().equals(point))
        .ifPresent(entry -> stages.closedBy(entry.id(), decision));
    if (verdict.outcome() == GateOutcome.PASSED_WITH_EVIDENCE) {
      check.participation(execution).ifPresent(p -> record(p, execution));
    }
    execution.setVariable("gatePassed", verdict.outcome().passed());
    execution.setVariable("gateOutcome", verdict.outcome().name());
    execution.setVariable("gateReason", verdict.reason());
  }

  /** Writes the participation to the programme's open stage (from the stage record), or to its own stage code. */
  private void record(Participation p, DelegateExecution execution) {
    java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
    String stage = stages.openStageOf(p.programme()).orElse(p.fallbackStage());
    String by = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthenticatedUserId();
    records.insertEvidence(p.programme(), p.serviceArea(), stage, java.time.LocalDate.ofInstant(now, java.time.ZoneId.systemDefault()),
        p.method(), p.participants(), p.ageBands(), p.groups(), p.whatTheySaid(), false, by, now);
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException("Participation gate: the service task needs the input parameter '" + name + "'");
    }
    return value.toString();
  }
}
