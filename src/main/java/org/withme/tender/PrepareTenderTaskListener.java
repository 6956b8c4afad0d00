package org.withme.tender;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills what a task shows when it is created: for the commissioner, the young people's questions
 * as a list the form shows as a list; for a panellist's own task, their score sheet (only their
 * questions, no price, where to read each bid) and the deadline in words, or the reward a young
 * panellist chose. A panellist's values live on that task's own execution, so no other task can read them.
 */
@Component("prepareTenderTask")
public class PrepareTenderTaskListener implements TaskListener {

  private final TenderScoring scoring;
  private final TenderRecords records;

  public PrepareTenderTaskListener(TenderScoring scoring, TenderRecords records) {
    this.scoring = scoring;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String tender = (String) task.getVariable("tenderReference");
    switch (task.getTaskDefinitionKey()) {
      case "ScoreBids" -> {
        task.getExecution().setVariableLocal("scoreSheet", scoring.sheetFor(tender, (String) task.getVariable("panellist")));
        task.getExecution().setVariableLocal("scoringDeadlineInWords", scoring.deadlineInWords(task.getVariable("scoringDeadline")));
      }
      case "AgreeQuestionsAndWeights" -> task.setVariableLocal("youngQuestionsList",
          scoring.youngQuestionsShown(task.getVariable("youngQuestions")));
      case "SendReward" -> task.getExecution().setVariableLocal("rewardChoice",
          records.rewardOf(tender, (String) task.getVariable("youngPanellist")));
      default -> throw new IllegalStateException("prepareTenderTask does not know task " + task.getTaskDefinitionKey());
    }
  }
}
