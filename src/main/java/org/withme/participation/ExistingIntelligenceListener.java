package org.withme.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.withme.commissioning.CommissioningProperties;
import org.withme.forms.Values;
import org.withme.participation.ParticipationRecords.Evidence;

/**
 * Before "Check existing intelligence": shows what earlier engagement recorded for the service area
 * (existingIntelligence) and warns of consultation fatigue (consultationFatigueWarning).
 */
@Component("showExistingIntelligence")
public class ExistingIntelligenceListener implements ExecutionListener {

  static final int SHOWN = 30;

  private final ParticipationRecords records;
  private final CommissioningProperties properties;

  public ExistingIntelligenceListener(ParticipationRecords records, CommissioningProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String serviceArea = (String) execution.getVariable("serviceArea");
    List<Evidence> evidence = records.evidenceForServiceArea(serviceArea, 500);
    execution.setVariable("existingIntelligence", summary(evidence));
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    String warning = ConsultationFatigue.warning(execution.getProcessBusinessKey(),
        Values.asList(execution.getVariable("cohortGroups")), evidence, today, properties.fatigueWindow())
        .orElse("No recent engagement of this cohort on this service area.");
    execution.setVariable("consultationFatigueWarning", warning);
  }

  static String summary(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "Nothing recorded yet for this service area.";
    }
    StringBuilder s = new StringBuilder();
    evidence.stream().limit(SHOWN).forEach(e -> s.append(e.engagedOn()).append(", ").append(e.programmeReference())
        .append(" (").append(e.stage()).append("), ").append(e.method()).append(", ").append(e.participants())
        .append(" young people: ").append(e.whatTheySaid()).append('\n'));
    if (evidence.size() > SHOWN) {
      s.append("... and ").append(evidence.size() - SHOWN).append(" earlier records.");
    }
    return s.toString().trim();
  }
}
