package org.withme.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.commissioning.CommissioningProperties;
import org.withme.commissioning.WorkingDays;
import org.withme.participation.ParticipationRecords;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Write the report with the Young Inspectors": stores the agreed findings and
 * recommendations, and files the findings as existing intelligence for the service area. From then
 * the Young Inspectors are owed "you said, we did" feedback, due after the configured working days;
 * "Tell the Young Inspectors what changed" marks it sent.
 */
@Component("agreeReport")
public class AgreeReportListener extends SubmittedFormListener {

  private final InspectionRecords records;
  private final YoungInspectorPool pool;
  private final InspectionProperties properties;
  private final ParticipationRecords participation;
  private final CommissioningProperties feedback;
  private final org.withme.participation.StageEntries stages;

  public AgreeReportListener(InspectionRecords records, YoungInspectorPool pool, InspectionProperties properties,
      ParticipationRecords participation, CommissioningProperties feedback, org.withme.participation.StageEntries stages) {
    this.stages = stages;
    this.records = records;
    this.pool = pool;
    this.properties = properties;
    this.participation = participation;
    this.feedback = feedback;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    List<String> recommendations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean gap = false;
    for (int i = 1; i <= InspectionRules.MAX_RECOMMENDATIONS; i++) {
      String r = Steps.text(execution, "recommendation" + i);
      if (r == null) {
        gap = true;
      } else if (gap) {
        problems.add("'Recommendation " + i + "' (recommendation" + i + "): fill the recommendations in order, without empty ones before it");
      } else {
        recommendations.add(r);
      }
    }
    if (recommendations.isEmpty()) {
      problems.add("'Recommendation 1' (recommendation1) is required");
    }
    Steps.refuse("The form of 'Write the report with the Young Inspectors'", problems);
    String summary = Steps.text(execution, "findingsSummary");
    records.storeReport(id, summary, recommendations);
    for (int i = 1; i <= InspectionRules.MAX_RECOMMENDATIONS; i++) {
      execution.setVariable("hasRecommendation" + i, i <= recommendations.size());
    }
    execution.setVariable("recommendationCount", recommendations.size());
    execution.setVariable("providerResponseDueDate", Steps.startOf(Steps.today().plus(properties.providerResponseDue())));

    StringBuilder said = new StringBuilder(summary == null ? "" : summary);
    Object gaps = execution.getVariable("inspectionGapCount");
    said.append("\nProvider: ").append(Steps.text(execution, "providerName"))
        .append(". Questions where the Young Inspectors and the manager differ: ").append(gaps).append('.');
    said.append("\nRecommendations:");
    for (int i = 0; i < recommendations.size(); i++) {
      said.append("\n").append(i + 1).append(". ").append(recommendations.get(i));
    }
    String text = said.length() > 8000 ? said.substring(0, 8000) : said.toString();
    List<YoungInspector> inspectors = pool.assignedTo(id);
    LocalDate visit = InspectionRules.date(execution.getVariable("visitDate"));
    LocalDate engaged = visit == null ? Steps.today() : visit;
    String programme = Steps.programmeKey(execution);
    records.writeEvidence(programme, Steps.text(execution, "serviceArea"), stages.openStageOf(programme).orElse("inspection"),
        engaged, inspectors.size(),
        Steps.ageBands(inspectors), text, Steps.currentUser(), Steps.now());
    participation.feedbackOwed(Steps.programmeKey(execution), "inspection",
        WorkingDays.add(Steps.today(), feedback.feedbackWorkingDays()));
  }
}
