package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;
import org.withme.forms.Values;

/** Removes the panellists procurement names and records the mitigation of every open conflict. */
@Component("mitigateConflicts")
public class MitigateConflictsListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final TenderProperties properties;

  public MitigateConflictsListener(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    Map<String, String> open = records.openConflicts(tender);
    List<String> remove = Values.asList(execution.getVariable("removePanellists"));
    List<String> problems = new ArrayList<>();
    for (String userId : remove) {
      if (!open.containsKey(userId)) {
        problems.add("'Remove from the panel' (removePanellists): " + userId + " has no open conflict; choose from " + open.keySet());
      }
    }
    TenderSupport.refuseIf("Mitigate declared conflicts", problems);
    String mitigation = TenderSupport.text(execution, "mitigation");
    for (String userId : remove) {
      records.removeMember(tender, userId, "Conflict of interest: " + mitigation);
    }
    records.mitigate(tender, mitigation, TenderSupport.currentUser(), TenderSupport.now());
    execution.setVariable("enoughYoungPanellists", records.youngMembers(tender).size() >= properties.minYoungPanellists());
  }
}
