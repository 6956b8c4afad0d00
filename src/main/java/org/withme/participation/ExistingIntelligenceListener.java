package org.withme.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.withme.commissioning.CommissioningProperties;
import org.withme.forms.Values;
import org.withme.participation.ParticipationRecords.Evidence;

/**
 * Before "Check existing intelligence": shows what earlier engagement recorded for the service area
 * (existingIntelligence, a table of the newest records; existingIntelligenceCount says how many
 * there are) and warns of consultation fatigue (consultationFatigueWarning).
 *
 * <p>Both are built from the records each time the task starts and are bounded: the table is a
 * JSON variable (stored as a byte array, not in the engine's 4,000-character text column) of at
 * most {@value #SHOWN} rows, and the warning names at most {@link ConsultationFatigue#NAMED}
 * programmes. A service area with any number of records, or one very long answer, cannot break a
 * start.
 */
@Component("showExistingIntelligence")
public class ExistingIntelligenceListener implements ExecutionListener {

  static final int SHOWN = 30;
  private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ParticipationRecords records;
  private final CommissioningProperties properties;

  public ExistingIntelligenceListener(ParticipationRecords records, CommissioningProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String serviceArea = (String) execution.getVariable("serviceArea");
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    List<Evidence> shown = records.evidenceForServiceArea(serviceArea, SHOWN);
    int total = records.evidenceCountForServiceArea(serviceArea);
    execution.setVariable("existingIntelligence", SpinValues.jsonValue(Spin.JSON(rows(shown)).toString()).create());
    execution.setVariable("existingIntelligenceCount", count(shown.size(), total));
    List<Evidence> recent = records.evidenceForServiceAreaSince(serviceArea, today.minus(properties.fatigueWindow()));
    String warning = ConsultationFatigue.warning(execution.getProcessBusinessKey(),
        Values.asList(execution.getVariable("cohortGroups")), recent, today, properties.fatigueWindow())
        .orElse("No recent engagement of this cohort on this service area.");
    execution.setVariable("consultationFatigueWarning", warning);
  }

  /** The table's rows, newest first, with dates in words. */
  static List<Map<String, Object>> rows(List<Evidence> evidence) {
    return evidence.stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("engagedOn", IN_WORDS.format(e.engagedOn()));
      row.put("programme", e.programmeReference() + " (" + e.stage() + ")");
      row.put("method", e.method());
      row.put("participants", e.participants());
      row.put("whatTheySaid", e.whatTheySaid());
      return row;
    }).toList();
  }

  static String count(int shown, int total) {
    if (total == 0) {
      return "Nothing recorded yet for this service area.";
    }
    if (shown == total) {
      return total == 1 ? "1 record, shown below." : total + " records, shown below, newest first.";
    }
    return "The newest " + shown + " of " + total + " records, newest first.";
  }
}
