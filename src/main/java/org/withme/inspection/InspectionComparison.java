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
    StringBuilder text = new StringBuilder();
    for (Row r : rows) {
      text.append(r.gap() ? "GAP  " : "     ")
          .append(r.position()).append(". ").append(r.question())
          .append(" | Young Inspectors ").append(r.inspectorsScore()).append('/').append(scaleMax)
          .append(" | Manager ").append(r.managerScore()).append('/').append(scaleMax)
          .append(" | difference ").append(r.difference()).append('\n');
    }
    int gaps = gapCount(rows);
    text.append(gaps == 0 ? "No gaps: the two views agree within the threshold."
        : gaps + (gaps == 1 ? " question shows" : " questions show") + " a gap between the two views.");
    return text.toString();
  }
}
