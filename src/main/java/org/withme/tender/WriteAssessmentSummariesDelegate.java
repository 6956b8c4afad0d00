package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends every bidder its assessment summary ({@link AssessmentSummaries}) once the preferred bidder
 * signed the charter. The summaries carry prices, so they live in WithMe's bid records, never in a process variable.
 */
@Component("writeAssessmentSummaries")
public class WriteAssessmentSummariesDelegate implements JavaDelegate {

  private final AssessmentSummaries summaries;

  public WriteAssessmentSummariesDelegate(AssessmentSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    summaries.send(tender, TenderSupport.now(), TenderSupport.today());
  }
}
