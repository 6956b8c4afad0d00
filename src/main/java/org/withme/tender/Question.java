package org.withme.tender;

import java.math.BigDecimal;

/**
 * One evaluation question: its text, its weight (percent of the quality mark), who wrote it
 * ({@code young} or {@code officers}) and who scores it ({@code young}, {@code officers} or {@code panel}).
 */
public record Question(String id, String text, BigDecimal weight, String author, String scoredBy) {

  public boolean writtenByYoungPeople() {
    return "young".equals(author);
  }

  /** Whether a young panellist (or an officer) scores this question. */
  public boolean scoredBy(boolean young) {
    return "panel".equals(scoredBy) || (young ? "young".equals(scoredBy) : "officers".equals(scoredBy));
  }
}
