package org.withme.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.withme.commissioning.CommissioningProperties;
import org.withme.commissioning.WorkingDays;
import org.withme.forms.InvalidFormException;
import org.withme.forms.Values;

/**
 * After "Run the engagement and record the evidence": writes the evidence record and the feedback
 * owed to the participants, due after the configured working days (feedbackDueDate). An engagement
 * whose plan says it needs consent is refused until consent is recorded ({@link EvidenceRules#consentProblems}).
 * Parents, carers and family members who took part ({@code parentsCarers}) are counted apart from the
 * young people and never make a record on their own (at least one young person is needed).
 */
@Component("recordEvidence")
public class RecordEvidenceListener implements ExecutionListener {

  static final String TASK = "Run the engagement and record the evidence";

  private final ParticipationRecords records;
  private final CommissioningProperties properties;
  private final StageEntries stageEntries;

  public RecordEvidenceListener(ParticipationRecords records, CommissioningProperties properties, StageEntries stageEntries) {
    this.records = records;
    this.properties = properties;
    this.stageEntries = stageEntries;
  }


  @Override
  public void notify(DelegateExecution execution) {
    Object engagedOn = execution.getVariable("engagedOn");
    Object method = execution.getVariable("engagementMethod");
    Object said = execution.getVariable("whatTheySaid");
    if (engagedOn == null || method == null || said == null) {
      return; // the form validation that follows names the missing fields and rolls the step back
    }
    Map<String, Integer> perBand = EvidenceRules.perBand(execution::getVariable);
    List<String> problems = new java.util.ArrayList<>(EvidenceRules.problems(perBand));
    problems.addAll(EvidenceRules.consentProblems(execution.getVariable("consentNeeded"), execution.getVariable("consentRecorded")));
    if (!problems.isEmpty()) {
      throw new InvalidFormException("The form of '" + TASK + "'", problems);
    }
    LocalDate date = Values.asDate(engagedOn).orElseThrow(() ->
        new InvalidFormException("The form of '" + TASK + "'", List.of(Values.notADate("Date", "engagedOn"))));
    // the stage from the stage-entry record, not from a variable a submission could write
    String stage = stageEntries.latest(execution.getProcessInstanceId()).map(StageEntries.StageEntry::stage)
        .orElse((String) execution.getVariable("stage"));
    String programme = execution.getProcessBusinessKey();
    String by = Context.getCommandContext().getAuthenticatedUserId();
    records.insertEvidence(programme, (String) execution.getVariable("serviceArea"), stage, date, method.toString(),
        perBand.values().stream().mapToInt(Integer::intValue).sum(), EvidenceRules.count(execution.getVariable("parentsCarers")),
        EvidenceRules.ageBands(perBand),
        String.join(",", Values.asList(execution.getVariable("groupsRepresented"))), said.toString(),
        "yes".equals(execution.getVariable("buddyRecorded")), by, ClockUtil.getCurrentTime().toInstant());
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    LocalDate due = WorkingDays.add(today, properties.feedbackWorkingDays());
    execution.setVariable("feedbackId", records.feedbackOwed(programme, stage, due));
    execution.removeVariable(DecideExceptionListener.INSTRUCTION); // done: young people took part
    execution.setVariable("feedbackDueDate", Date.from(due.atStartOfDay(ZoneId.systemDefault()).toInstant()));
  }
}
