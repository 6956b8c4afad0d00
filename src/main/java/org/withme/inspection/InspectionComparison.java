package org.withme.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Young Inspectors' view and the manager's view side by side, question by question. A gap is
 * a difference of at least the threshold (2 points on a 5-point scale by default). Plain Java.
 */
public final class InspectionComparison {

  public record Row(int position, String question, int inspectorsScore, int managerScore, int difference, boolean gap) {}

  /** One inspector's answer to one question: their score and what they saw or heard. */
  public record Answer(int score, String comment) {}

  /**
   * The Young Inspectors' combined view of one question, derived from each assigned inspector's
   * own answer: the mean of their scores rounded half up (4 and 3 give 4), every comment named
   * by its inspector, and each inspector's score ("Isla 4, Ivo 3").
   */
  public record Combined(int score, String comments, String scores) {}

  /**
   * Combines each inspector's own answers question by question. {@code names} gives each
   * inspector's name by user id; every inspector must have answered every question.
   */
  public static Map<Integer, Combined> combine(int questionCount, Map<String, Map<Integer, Answer>> byInspector,
      Map<String, String> names) {
    if (byInspector.isEmpty()) {
      throw new IllegalArgumentException("No Young Inspector has recorded findings");
    }
    Map<Integer, Combined> combined = new java.util.LinkedHashMap<>();
    for (int position = 1; position <= questionCount; position++) {
      int sum = 0;
      List<String> comments = new ArrayList<>();
      List<String> scores = new ArrayList<>();
      for (Map.Entry<String, Map<Integer, Answer>> e : byInspector.entrySet()) {
        String name = names.getOrDefault(e.getKey(), e.getKey());
        Answer a = e.getValue().get(position);
        if (a == null) {
          throw new IllegalArgumentException("Question " + position + " has no score from " + name);
        }
        sum += a.score();
        scores.add(name + " " + a.score());
        if (a.comment() != null && !a.comment().isBlank()) {
          comments.add(name + ": " + a.comment().trim());
        }
      }
      int n = byInspector.size();
      int mean = (2 * sum + n) / (2 * n); // half up, scores are positive
      String text = String.join("\n", comments);
      combined.put(position, new Combined(mean, text.length() > 4000 ? text.substring(0, 3999) + "\u2026" : text,
          String.join(", ", scores)));
    }
    return combined;
  }

  private InspectionComparison() {}

  public static List<Row> compare(List<String> questions, Map<Integer, Integer> inspectors, Map<Integer, Integer> manager,
      int gapThreshold) {
    if (gapThreshold < 1) {
      throw new IllegalArgumentException("withme.inspection.gap-threshold must be at least 1, not " + gapThreshold);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      int position = i + 1;
      Integer a = inspectors.get(position);
      Integer b = manager.get(position);
      if (a == null || b == null) {
        throw new IllegalArgumentException("Question " + position + " has no score from "
            + (a == null ? "the Young Inspectors" : "the manager"));
      }
      int difference = Math.abs(a - b);
      rows.add(new Row(position, questions.get(i), a, b, difference, difference >= gapThreshold));
    }
    return rows;
  }

  public static int gapCount(List<Row> rows) {
    return (int) rows.stream().filter(Row::gap).count();
  }

  /** The comparison as plain text for the report form: one line per question, gaps marked. */
  public static String sideBySide(List<Row> rows, int scaleMax) {
    return sideBySide(rows, scaleMax, Map.of());
  }

  /** The same, with each inspector's own score beside the combined one ({@code individual} by position). */
  public static String sideBySide(List<Row> rows, int scaleMax, Map<Integer, String> individual) {
    StringBuilder text = new StringBuilder();
    for (Row r : rows) {
      String own = individual.get(r.position());
      text.append(r.gap() ? "GAP  " : "     ")
          .append(r.position()).append(". ").append(r.question())
          .append(" | Young Inspectors ").append(r.inspectorsScore()).append('/').append(scaleMax)
          .append(own == null ? "" : " (" + own + ")")
          .append(" | Manager ").append(r.managerScore()).append('/').append(scaleMax)
          .append(" | difference ").append(r.difference()).append('\n');
    }
    int gaps = gapCount(rows);
    text.append(gaps == 0 ? "No gaps: the two views agree within the threshold."
        : gaps + (gaps == 1 ? " question shows" : " questions show") + " a gap between the two views.");
    return text.toString();
  }
}
