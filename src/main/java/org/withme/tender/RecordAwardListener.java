package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.commissioning.CommissioningProperties;
import org.withme.commissioning.WorkingDays;
import org.withme.participation.ParticipationRecords;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/**
 * Records the award and sets the outcome the calling programme receives. From the award the young
 * panel is owed feedback on what their scores did, due after the configured working days (as for
 * any engagement); "Tell the panel" marks it sent, so the annual review sees whether it was late.
 */
@Component("recordAward")
public class RecordAwardListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final ParticipationRecords participation;
  private final CommissioningProperties properties;

  public RecordAwardListener(TenderRecords records, ParticipationRecords participation, CommissioningProperties properties) {
    this.records = records;
    this.participation = participation;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String bidder = (String) execution.getVariable("preferredBidder");
    records.award(TenderSupport.tender(execution), bidder, TenderSupport.text(execution, "contractReference"),
        TenderSupport.now());
    execution.setVariable("awardedBidder", bidder);
    execution.setVariable("tenderOutcome", "awarded");
    participation.feedbackOwed(TenderSupport.text(execution, "programmeReference"), "tender",
        WorkingDays.add(TenderSupport.today(), properties.feedbackWorkingDays()));
  }
}
