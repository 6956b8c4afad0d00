package org.withme.inspection;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** On completing "Record the provider's response": every recommendation accepted with an action and date, or declined with a reason. */
@Component("recordProviderResponse")
public class ProviderResponseListener extends SubmittedFormListener {

  private final InspectionRecords records;

  public ProviderResponseListener(InspectionRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String id = Steps.inspectionId(execution);
    int count = ((Number) execution.getVariable("recommendationCount")).intValue();
    List<InspectionRules.Response> responses = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Object date = execution.getVariable("providerActionDate" + i);
      responses.add(new InspectionRules.Response(i, Steps.text(execution, "providerAnswer" + i),
          Steps.text(execution, "providerAction" + i), date == null ? null : date.toString(),
          Steps.text(execution, "providerDeclineReason" + i)));
    }
    Steps.refuse("The form of 'Record the provider's response'", InspectionRules.responseProblems(responses, Steps.today()));
    responses.forEach(r -> records.answerRecommendation(id, r));
    FollowUpActionsListener.showOpenActions(execution, records.openActions(id));
  }
}
