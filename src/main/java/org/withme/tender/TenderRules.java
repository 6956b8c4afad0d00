package org.withme.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tender's rules that a form cannot express: sums, counts and cross-field checks. */
public final class TenderRules {

  public static final BigDecimal HUNDRED = new BigDecimal("100");
  /** Age bands offered in the panel form, with the youngest age in each. */
  public static final Map<String, Integer> AGE_BANDS = Map.of("11-13", 11, "14-15", 14, "16-17", 16, "18-25", 18);

  private TenderRules() {}

  /** Weights total 100 %, each question complete, and enough questions written by young people. */
  public static List<String> questionProblems(List<Question> questions, int minYoungQuestions) {
    List<String> problems = new ArrayList<>();
    if (questions.isEmpty()) {
      problems.add("'Questions and weights' (questions) needs at least one question");
      return problems;
    }
    BigDecimal total = BigDecimal.ZERO;
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String row = "question " + (i + 1);
      if (q.id() == null || q.id().isBlank() || !ids.add(q.id())) {
        problems.add("'Question number' (questions[" + i + "].questionId) of " + row + " is missing or used twice");
      }
      if (q.text() == null || q.text().length() < 5) {
        problems.add("'Question' (questions[" + i + "].questionText) of " + row + " needs at least 5 characters");
      }
      if (q.weight() == null || q.weight().signum() <= 0) {
        problems.add("'Weight %' (questions[" + i + "].weight) of " + row + " must be more than 0");
      } else {
        total = total.add(q.weight());
      }
      if (!Set.of("young", "officers").contains(q.author())) {
        problems.add("'Written by' (questions[" + i + "].author) of " + row + " must be young or officers");
      }
      if (!Set.of("young", "officers", "panel").contains(q.scoredBy())) {
        problems.add("'Scored by' (questions[" + i + "].scoredBy) of " + row + " must be young, officers or panel");
      }
    }
    if (total.compareTo(HUNDRED) != 0) {
      problems.add("'Weight %' (weight) of the questions must total 100, not " + total.stripTrailingZeros().toPlainString());
    }
    long young = questions.stream().filter(Question::writtenByYoungPeople).count();
    if (young < minYoungQuestions) {
      problems.add("'Written by' (author): at least " + minYoungQuestions
          + " question(s) must be written by young people, not " + young);
    }
    return problems;
  }

  /** The share of the whole mark (quality and price) carried by questions young people wrote, in percent. */
  public static BigDecimal youngWeightShare(List<Question> questions, int qualityShare) {
    BigDecimal young = questions.stream().filter(Question::writtenByYoungPeople).map(Question::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return young.multiply(BigDecimal.valueOf(qualityShare)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** A complete panel: enough young panellists, each safeguarded; officers named. */
  public static List<String> panelProblems(List<PanelMember> panel, int minYoung, int consentAge) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int young = 0;
    for (int i = 0; i < panel.size(); i++) {
      PanelMember m = panel.get(i);
      String who = m.userId() == null || m.userId().isBlank() ? "panellist " + (i + 1) : m.userId();
      if (m.userId() == null || m.userId().isBlank() || !ids.add(m.userId())) {
        problems.add("'User id' (panel[" + i + "].userId) of panellist " + (i + 1) + " is missing or used twice");
      }
      if (!m.young()) {
        continue;
      }
      young++;
      Integer youngest = m.ageBand() == null ? null : AGE_BANDS.get(m.ageBand());
      if (youngest == null) {
        problems.add("'Age band' (panel[" + i + "].ageBand) of " + who + " must be one of " + AGE_BANDS.keySet());
      } else if (youngest < consentAge && !m.parentalConsent()) {
        problems.add("'Consent of a parent or guardian' (panel[" + i + "].parentalConsent) is missing for " + who
            + ", who is under " + consentAge);
      }
      if (!m.trainingDone()) {
        problems.add("'Training done' (panel[" + i + "].trainingDone) is needed for " + who);
      }
      if (!m.confidentialitySigned()) {
        problems.add("'Confidentiality agreement signed' (panel[" + i + "].confidentialitySigned) is needed for " + who);
      }
      if (m.supportingAdult() == null || m.supportingAdult().isBlank()) {
        problems.add("'Supporting adult' (panel[" + i + "].supportingAdult) is needed for " + who);
      }
      if (!m.supportingAdultDbsChecked()) {
        problems.add("'Supporting adult's DBS check done' (panel[" + i + "].supportingAdultDbsChecked) is needed for " + who);
      }
      if (m.reward() == null || m.reward().isBlank()) {
        problems.add("'Thank-you reward' (panel[" + i + "].reward) is needed for " + who);
      }
    }
    if (young < minYoung) {
      problems.add("'Young panellist' (panel.young): at least " + minYoung + " young panellists are needed, not " + young);
    }
    return problems;
  }

  /** Every score a whole number from 0 to 5 with a reason. */
  public static List<String> scoreProblems(List<ScoreRow> rows) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ScoreRow r = rows.get(i);
      String where = r.bidder() + ", question " + r.questionId();
      Integer score = wholeNumber(r.score());
      if (score == null || score < 0 || score > 5) {
        problems.add("'Score' (scoreSheet[" + i + "].score) for " + where + " must be a whole number from 0 to 5, not '"
            + (r.score() == null ? "" : r.score()) + "'");
      }
      if (r.reason() == null || r.reason().isBlank()) {
        problems.add("'Reason' (scoreSheet[" + i + "].reason) for " + where + " is required");
      }
    }
    return problems;
  }

  /**
   * A consensus from 0 to 5 with a rationale; outside the panel's lowest and highest score by more
   * than {@code maxDeparture} it needs a reason for the departure.
   */
  public static List<String> moderationProblems(int row, String where, Object consensus, String rationale,
      String departureReason, int lowest, int highest, int maxDeparture) {
    List<String> problems = new ArrayList<>();
    Integer c = wholeNumber(consensus);
    if (c == null || c < 0 || c > 5) {
      problems.add("'Agreed score' (moderationSheet[" + row + "].consensus) for " + where
          + " must be a whole number from 0 to 5");
      return problems;
    }
    if (rationale == null || rationale.isBlank()) {
      problems.add("'Why the panel agreed this score' (moderationSheet[" + row + "].rationale) for " + where + " is required");
    }
    boolean departs = c < lowest - maxDeparture || c > highest + maxDeparture;
    if (departs && (departureReason == null || departureReason.isBlank())) {
      problems.add("'Reason for departing from the panel's scores' (moderationSheet[" + row + "].departureReason) for "
          + where + " is required: " + c + " is more than " + maxDeparture + " away from the panel's " + lowest + " to " + highest);
    }
    return problems;
  }

  public static Integer wholeNumber(Object value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.toString().trim());
      return d.stripTrailingZeros().scale() > 0 ? null : d.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** An address with one @, a name before it and a domain with a dot after it; no spaces. */
  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public static boolean isEmail(String text) {
    return text != null && text.length() <= 320 && EMAIL.matcher(text).matches();
  }
}
