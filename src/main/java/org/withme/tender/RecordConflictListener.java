package org.withme.tender;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records one panellist's conflicts declaration; a declared conflict needs its details. */
@Component("recordConflict")
public class RecordConflictListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordConflictListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    boolean declared = TenderSupport.yes(execution, "conflictDeclared");
    String details = TenderSupport.text(execution, "conflictDetails");
    if (declared && details == null) {
      TenderSupport.refuseIf("Declare any conflict of interest",
          List.of("'What is the conflict?' (conflictDetails) is required when you declare a conflict"));
    }
    records.declare(TenderSupport.tender(execution), TenderSupport.panellist(execution, "panellist"), declared,
        declared ? details : null, TenderSupport.now());
  }
}
