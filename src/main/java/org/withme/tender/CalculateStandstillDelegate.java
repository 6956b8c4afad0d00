package org.withme.tender;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Works out the standstill from the day the last assessment summary was sent (the notice), as the
 * bid records say; the model's timer waits until it is over.
 */
@Component("calculateStandstill")
public class CalculateStandstillDelegate implements JavaDelegate {

  private final TenderRecords records;
  private final TenderProperties properties;
  private final ScotlandProcurementProperties scotland;

  public CalculateStandstillDelegate(TenderRecords records, TenderProperties properties,
      ScotlandProcurementProperties scotland) {
    this.records = records;
    this.properties = properties;
    this.scotland = scotland;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Standstill.Period p = Standstill.of(TenderSupport.text(execution, "procurementRegime"),
        TenderSupport.yes(execution, "lightTouch"), TenderSupport.yes(execution, "standstillOptIn"),
        estimatedValue(execution.getVariable("estimatedValue")), noticeDay(TenderSupport.tender(execution)),
        properties.standstillWorkingDaysPa2023(), properties.standstillDaysPcr2015(), scotland);
    records.standstill(TenderSupport.tender(execution), p.lastDay());
    execution.setVariable("standstillRequired", p.required());
    execution.setVariable("standstillEndsAt", p.required() ? Date.from(p.endsAt().toInstant()) : null);
    execution.setVariable("standstillExplanation", p.explanation());
  }

  private java.time.LocalDate noticeDay(String tender) {
    return records.lastSummarySent(tender).map(at -> at.atZone(Standstill.LONDON).toLocalDate()).orElseGet(TenderSupport::today);
  }

  private static java.math.BigDecimal estimatedValue(Object v) {
    return v instanceof Number n ? new java.math.BigDecimal(n.toString()) : v == null ? null : new java.math.BigDecimal(v.toString());
  }
}
