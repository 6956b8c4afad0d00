package org.withme.tender;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** The panel may only go on when it is complete: enough young panellists, each safeguarded. */
@Component("checkPanel")
public class CheckPanelListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final TenderProperties properties;

  public CheckPanelListener(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<PanelMember> panel = Rows.of(execution.getVariable("panel"), "'Panel' (panel)").stream()
        .map(CheckPanelListener::member).toList();
    TenderSupport.refuseIf("Record the panel",
        TenderRules.panelProblems(panel, properties.minYoungPanellists(), properties.consentAge()));
    records.replacePanel(TenderSupport.tender(execution), panel);
  }

  static PanelMember member(Map<String, Object> row) {
    return new PanelMember(Rows.text(row, "userId"), Rows.yes(row, "young"), Rows.text(row, "ageBand"),
        Rows.yes(row, "parentalConsent"), Rows.yes(row, "trainingDone"), Rows.yes(row, "confidentialitySigned"),
        Rows.text(row, "supportingAdult"), Rows.yes(row, "supportingAdultDbsChecked"), Rows.text(row, "reward"));
  }
}
