package org.withme.tender;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Writes an assessment summary for every bidder (per criterion: weight, agreed score, the reason),
 * kept with the bid and attached to the process as one document.
 */
@Component("writeAssessmentSummaries")
public class WriteAssessmentSummariesDelegate implements JavaDelegate {

  private final TenderRecords records;

  public WriteAssessmentSummariesDelegate(TenderRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tender = TenderSupport.tender(execution);
    List<Question> questions = records.questions(tender);
    int qualityShare = records.qualityShare(tender);
    StringBuilder all = new StringBuilder();
    for (String bidder : records.bidders(tender)) {
      StringBuilder doc = new StringBuilder();
      doc.append("# Assessment summary: ").append(bidder).append("\n\nTender ").append(tender).append(", ")
          .append(TenderSupport.today()).append(". Quality ").append(qualityShare).append(" %, price ")
          .append(100 - qualityShare).append(" %.\n\n| Criterion | Weight % | Agreed score (0-5) | Reason |\n|---|---|---|---|\n");
      Map<String, Map<String, Object>> agreed = new java.util.HashMap<>();
      for (Map<String, Object> row : records.consensusRows(tender, bidder)) {
        agreed.put((String) row.get("QUESTION_ID"), row);
      }
      for (Question q : questions) {
        Map<String, Object> a = agreed.getOrDefault(q.id(), Map.of());
        doc.append("| ").append(q.id()).append(" ").append(q.text()).append(" | ")
            .append(q.weight().stripTrailingZeros().toPlainString()).append(" | ")
            .append(a.getOrDefault("CONSENSUS", "-")).append(" | ").append(a.getOrDefault("RATIONALE", "-")).append(" |\n");
      }
      doc.append("| Price | ").append(100 - qualityShare).append(" | scored by formula | see the ranking |\n");
      records.summary(tender, bidder, doc.toString());
      all.append(doc).append("\n");
    }
    execution.setVariable("assessmentSummaries", Variables.fileValue(tender + "-assessment-summaries.md")
        .file(all.toString().getBytes(StandardCharsets.UTF_8)).mimeType("text/markdown").encoding("UTF-8").create());
  }

  static String points(BigDecimal b) {
    return b == null ? "-" : b.toPlainString();
  }
}
