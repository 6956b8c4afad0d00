package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the tender, names it after its programme and makes that name the business key. */
@Component("registerTender")
public class RegisterTenderDelegate implements JavaDelegate {

  private final TenderRecords records;
  private final TenderProperties properties;

  public RegisterTenderDelegate(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String programme = TenderSupport.text(execution, "programmeReference");
    String reference = programme + "-T" + (records.countForProgramme(programme) + 1);
    boolean lightTouch = TenderSupport.yes(execution, "lightTouch");
    records.insertTender(reference, programme, TenderSupport.text(execution, "serviceArea"),
        TenderSupport.text(execution, "procurementRegime"), lightTouch, execution.getProcessInstanceId(),
        TenderSupport.now());
    execution.setProcessBusinessKey(reference);
    execution.setVariable("tenderReference", reference);
    execution.setVariable("lightTouch", lightTouch);
    execution.setVariable("standstillOptIn", TenderSupport.yes(execution, "standstillOptIn"));
    execution.setVariable("minYoungPanellists", properties.minYoungPanellists());
    execution.setVariable("consentAge", properties.consentAge());
    execution.setVariable("tenderOutcome", null);
    execution.setVariable("awardedBidder", null);
    execution.setVariable("contractReference", null);
  }
}
