package org.withme.inspection;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Schedule the visit": safeguarding as for young panellists (a supporting adult,
 * a parent's or carer's consent for inspectors under the consent age), then the visit date and the
 * date by which both views are due.
 */
@Component("scheduleVisit")
public class ScheduleVisitListener extends SubmittedFormListener {

  private final YoungInspectorPool pool;
  private final InspectionRecords records;
  private final InspectionProperties properties;

  public ScheduleVisitListener(YoungInspectorPool pool, InspectionRecords records, InspectionProperties properties) {
    this.pool = pool;
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    LocalDate visit = InspectionRules.date(execution.getVariable("visitDate"));
    boolean consent = Boolean.TRUE.equals(execution.getVariable("parentalConsentConfirmed"))
        || "true".equals(String.valueOf(execution.getVariable("parentalConsentConfirmed")));
    String adult = Steps.text(execution, "supportingAdult");
    List<YoungInspector> inspectors = pool.assignedTo(id);
    List<String> problems = new java.util.ArrayList<>();
    if (visit == null) {
      problems.add("'Date of the visit' (visitDate) must be a date");
    } else if (visit.isBefore(Steps.today())) {
      problems.add("'Date of the visit' (visitDate) cannot be in the past");
    }
    problems.addAll(InspectionRules.safeguardingProblems(inspectors, visit, properties.consentAge(), consent, adult));
    Steps.refuse("The form of 'Schedule the visit'", problems);
    records.scheduleVisit(id, visit, adult, consent);
    execution.setVariable("findingsDueDate", Steps.startOf(visit.plus(properties.findingsDueAfterVisit())));
  }
}
