package org.withme.commissioning;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the advisory group's comments must contain, and the texts built from the records for its forms. */
public final class AdvisoryRules {

  static final String TASK = "Advisory group comments on the service's performance";
  static final String ANSWER_TASK = "Decide what happens next";
  /** Age bands of the young members: field key and label (the keys are unique within the process). */
  public static final Map<String, String> AGE_BANDS = new java.util.LinkedHashMap<>();
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int MAX_TEXT = 8000;

  static {
    AGE_BANDS.put("advisoryYoungUnder11", "under 11");
    AGE_BANDS.put("advisoryYoung11to15", "11-15");
    AGE_BANDS.put("advisoryYoung16to18", "16-18");
    AGE_BANDS.put("advisoryYoung19to25", "19-25");
  }

  private AdvisoryRules() {}

  public static List<String> problems(Map<String, Integer> youngPerBand, int adults, List<String> groups) {
    int young = youngPerBand.values().stream().mapToInt(Integer::intValue).sum();
    List<String> problems = new ArrayList<>();
    if (young + adults < 1) {
      problems.add("'Who took part' (advisoryYoungUnder11 ... advisoryAdults): at least one member of the group must have"
          + " taken part");
    }
    if (young > 0 && groups.isEmpty()) {
      problems.add("'Groups the young members belong to' (advisoryGroupsRepresented): tick the groups of the young"
          + " members who took part");
    }
    if (young == 0 && !groups.isEmpty()) {
      problems.add("'Groups the young members belong to' (advisoryGroupsRepresented): no young member took part, so no"
          + " group can be ticked");
    }
    return problems;
  }

  public static List<String> answerProblems(int unanswered, Object answer) {
    if (unanswered > 0 && (answer == null || answer.toString().strip().length() < 10)) {
      return List.of("'Your answer to the advisory group' (advisoryAnswer): the Co-production Advisory Group commented"
          + " on the service; answer their comments (at least 10 characters) before deciding what happens next");
    }
    return List.of();
  }

  /** The participation record's "what they said": the comment and what they want changed, within the column's size. */
  public static String whatTheySaid(String comment, String change) {
    String text = "How the service is doing: " + comment + "\nWhat should change: " + change;
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  /** What the group reads at the top of its form: the Review stage's records, bounded. */
  public static String performance(AdvisoryRecords.Monitoring monitoring, Object inspectionGapCount, String findings) {
    List<String> lines = new ArrayList<>();
    if (monitoring.meetings() == 0) {
      lines.add("Contract monitoring: no meeting recorded in this Review stage yet.");
    } else {
      lines.add("Contract monitoring: " + monitoring.meetings() + " meeting(s); the young person's seat was filled at "
          + monitoring.seatFilled() + " of them.");
      lines.add("Latest monitoring notes: " + cut(monitoring.latestNotes(), 600));
    }
    if (inspectionGapCount != null) {
      lines.add("Young Inspectors: " + inspectionGapCount + " point(s) where the inspectors and the manager saw the service"
          + " differently.");
    }
    if (findings != null) {
      lines.add("What the Young Inspectors found: " + cut(findings, 1200));
    }
    return String.join("\n", lines);
  }

  /** The comments the commissioner answers, bounded (the newest few in full, then how many more). */
  public static String toAnswer(List<AdvisoryRecords.Comment> comments) {
    List<String> parts = new ArrayList<>();
    int shown = Math.min(comments.size(), 3);
    for (AdvisoryRecords.Comment c : comments.subList(comments.size() - shown, comments.size())) {
      parts.add("On " + UK.format(c.metOn()) + " (" + c.youngMembers() + " young member(s), " + c.adultMembers()
          + " adult member(s), " + c.parentsCarers() + " parent(s) or carer(s)):\nHow the service is doing: "
          + cut(c.performanceComment(), 1000) + "\nWhat should change: " + cut(c.whatShouldChange(), 1000));
    }
    if (comments.size() > shown) {
      parts.add("And " + (comments.size() - shown) + " earlier comment(s), answered by the same answer.");
    }
    return String.join("\n\n", parts);
  }

  private static String cut(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
