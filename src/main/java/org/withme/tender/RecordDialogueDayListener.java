package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Records the dialogue day, the young person's presentation and the clarification log. */
@Component("recordDialogueDay")
public class RecordDialogueDayListener extends SubmittedFormListener {

  private final TenderRecords records;

  public RecordDialogueDayListener(TenderRecords records) {
    this.records = records;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<Map<String, Object>> log = Rows.of(execution.getVariable("clarifications"), "'Clarification log' (clarifications)");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      if (Rows.text(log.get(i), "clarificationQuestion") == null || Rows.text(log.get(i), "clarificationAnswer") == null) {
        problems.add("'Question' and 'Answer' (clarifications[" + i + "]) are both required");
      }
    }
    TenderSupport.refuseIf("Hold the dialogue day", problems);
    records.dialogueDay(tender, TenderSupport.date(execution.getVariable("dialogueDate")),
        TenderSupport.text(execution, "youngPresenter"), TenderSupport.text(execution, "presentationSummary"));
    for (Map<String, Object> row : log) {
      records.clarification(tender, Rows.text(row, "clarificationQuestion"), Rows.text(row, "clarificationAnswer"),
          TenderSupport.currentUser(), TenderSupport.now());
    }
  }
}
