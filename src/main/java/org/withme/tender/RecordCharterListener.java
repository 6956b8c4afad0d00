package org.withme.tender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records whether the preferred bidder signed the participation charter: signatory and date, or the refusal. */
@Component("recordCharter")
public class RecordCharterListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordCharterListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    boolean signed = TenderSupport.yes(execution, "charterSigned");
    String signatory = TenderSupport.text(execution, "charterSignatory");
    LocalDate signedOn = TenderSupport.date(execution.getVariable("charterSignedOn"));
    String note = TenderSupport.text(execution, "charterNote");
    List<String> problems = new ArrayList<>();
    if (signed && signatory == null) {
      problems.add("'Who signed' (charterSignatory) is required when the charter is signed");
    }
    if (signed && signedOn == null) {
      problems.add("'Date signed' (charterSignedOn) is required when the charter is signed");
    }
    if (!signed && note == null) {
      problems.add("'Notes' (charterNote) must say why the bidder refused");
    }
    TenderSupport.refuseIf("Participation charter signed by the preferred bidder", problems);
    records.charter(TenderSupport.tender(execution), (String) execution.getVariable("preferredBidder"),
        signed ? "signed" : "refused", signatory, signedOn, note);
    execution.setVariable("charterOutcome", signed ? "signed" : "refused");
  }
}
