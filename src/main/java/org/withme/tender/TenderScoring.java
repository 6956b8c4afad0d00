package org.withme.tender;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.withme.forms.DatesInWords;
import org.springframework.stereotype.Component;

/**
 * What each scoring and moderation task shows. A panellist's sheet lists only the bids and the
 * questions they score, never a price and never another panellist's score; it lives on their own
 * task, so nobody else reads it.
 */
@Component("tenderScoring")
public class TenderScoring {

  private final TenderRecords records;

  public TenderScoring(TenderRecords records) {
    this.records = records;
  }

  public SpinJsonNode sheetFor(String tender, String userId) {
    return JSON(Rows.toJson(expectedSheet(tender, records.isYoung(tender, userId))));
  }

  /**
   * The rows a panellist scores: each bid on each of their questions, with where to read the
   * bid ({@code bidDocuments}, a read-only column: the forms link to it).
   */
  List<Map<String, Object>> expectedSheet(String tender, boolean young) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, String> documents = records.documents(tender);
    for (String bidder : records.bidders(tender)) {
      for (Question q : records.questions(tender)) {
        if (q.scoredBy(young)) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("bidder", bidder);
          row.put("questionId", q.id());
          row.put("question", q.text());
          row.put("score", null);
          row.put("reason", "");
          row.put("bidDocuments", readBidAt(documents.get(bidder)));
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Where a panellist reads a bid: its documents' link or reference, or whom to ask. */
  static String readBidAt(String documents) {
    return documents == null || documents.isBlank() ? "ask the procurement team" : documents.trim();
  }

  /**
   * The young people's questions as rows the commissioner's form lists ({@code youngQuestionText}),
   * whether they came from the Tasklist (JSON) or as JSON text; blank rows left out.
   */
  public SpinJsonNode youngQuestionsShown(Object youngQuestions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : Rows.of(youngQuestions, "'Your questions' (youngQuestions)")) {
      String text = Rows.text(row, "youngQuestionText");
      if (text != null) {
        rows.add(Map.of("youngQuestionText", text));
      }
    }
    return JSON(Rows.toJson(rows));
  }

  /** The scoring deadline as Easy Read writes it ("Friday 15 January 2027"). */
  public String deadlineInWords(Object deadline) {
    return DatesInWords.of(TenderSupport.date(deadline));
  }

  /** One row per bid and question with every panellist's score and reason beside it. */
  public SpinJsonNode moderationSheet(String tender) {
    Map<String, List<Map<String, Object>>> scores = records.writtenScores(tender).stream()
        .collect(Collectors.groupingBy(s -> s.get("BIDDER") + "|" + s.get("QUESTION_ID"), LinkedHashMap::new,
            Collectors.toList()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String bidder : records.bidders(tender)) {
      for (Question q : records.questions(tender)) {
        List<Map<String, Object>> given = scores.getOrDefault(bidder + "|" + q.id(), List.of());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bidder", bidder);
        row.put("questionId", q.id());
        row.put("question", q.text());
        row.put("panelScores", given.stream().map(s -> s.get("USER_ID") + ": " + s.get("SCORE") + " (" + s.get("REASON") + ")")
            .collect(Collectors.joining("; ")));
        row.put("lowest", given.stream().mapToInt(s -> ((Number) s.get("SCORE")).intValue()).min().orElse(0));
        row.put("highest", given.stream().mapToInt(s -> ((Number) s.get("SCORE")).intValue()).max().orElse(5));
        row.put("consensus", null);
        row.put("rationale", "");
        row.put("departureReason", "");
        rows.add(row);
      }
    }
    return JSON(Rows.toJson(rows));
  }
}
