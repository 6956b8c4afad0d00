package org.withme.tender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.withme.forms.SubmittedFormListener;
import org.springframework.stereotype.Component;

/** Checks the questions and weights (total 100 %, young people's questions) and records them, unlocked. */
@Component("checkQuestions")
public class CheckQuestionsListener extends SubmittedFormListener {

  private final TenderRecords records;
  private final TenderProperties properties;

  public CheckQuestionsListener(TenderRecords records, TenderProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  protected void submitted(DelegateExecution execution) {
    List<Question> questions = Rows.of(execution.getVariable("questions"), "'Questions and weights' (questions)").stream()
        .map(CheckQuestionsListener::question).toList();
    TenderSupport.refuseIf("Agree the questions and weights", TenderRules.questionProblems(questions, properties.minYoungQuestions()));
    int qualityShare = TenderRules.wholeNumber(execution.getVariable("qualityShare"));
    BigDecimal youngShare = TenderRules.youngWeightShare(questions, qualityShare);
    records.replaceQuestions(TenderSupport.tender(execution), questions, qualityShare, youngShare);
    execution.setVariable("youngWeightShare", youngShare.toPlainString() + " %");
  }

  static Question question(Map<String, Object> row) {
    return new Question(Rows.text(row, "questionId"), Rows.text(row, "questionText"), TenderSupport.decimal(row.get("weight")),
        Rows.text(row, "author"), Rows.text(row, "scoredBy"));
  }
}
