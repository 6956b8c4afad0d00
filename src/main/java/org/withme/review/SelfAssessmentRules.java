package org.withme.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.withme.forms.InvalidFormException;

/**
 * Reads the self-assessment form: one entry per key area, and an action for every "what do we
 * need to do", which needs an owner (a WithMe user) and a date that is not in the past.
 */
public final class SelfAssessmentRules {

  public static final String TASK = "The form of 'Assess the ten key areas'";

  public record Result(List<ReviewRecords.Area> areas, List<ReviewRecords.Action> actions) {}

  private SelfAssessmentRules() {}

  public static Result read(int year, Map<String, Object> values, LocalDate today, Predicate<String> knownUser) {
    List<String> problems = new ArrayList<>();
    List<ReviewRecords.Area> areas = new ArrayList<>();
    List<ReviewRecords.Action> actions = new ArrayList<>();
    for (int n = 1; n <= KeyAreas.ALL.size(); n++) {
      String now = text(values.get("area" + n + "Now"));
      String next = text(values.get("area" + n + "Next"));
      String owner = text(values.get("area" + n + "Owner"));
      String byWhenText = text(values.get("area" + n + "ByWhen"));
      String knowWhen = text(values.get("area" + n + "KnowWhen"));
      if (now == null) {
        problems.add("'" + n + ". What are we doing now?' (area" + n + "Now) is required");
      }
      LocalDate byWhen = null;
      if (byWhenText != null) {
        try {
          byWhen = LocalDate.parse(byWhenText.length() > 10 ? byWhenText.substring(0, 10) : byWhenText);
        } catch (DateTimeParseException e) {
          problems.add("'" + n + ". By when' (area" + n + "ByWhen) is not a date");
        }
      }
      if (next != null) {
        if (owner == null) {
          problems.add("'" + n + ". Who is responsible' (area" + n + "Owner) is required when something needs doing");
        } else if (!knownUser.test(owner)) {
          problems.add("'" + n + ". Who is responsible' (area" + n + "Owner): '" + owner + "' is not a WithMe user");
        }
        if (byWhen == null && byWhenText == null) {
          problems.add("'" + n + ". By when' (area" + n + "ByWhen) is required when something needs doing");
        } else if (byWhen != null && byWhen.isBefore(today)) {
          problems.add("'" + n + ". By when' (area" + n + "ByWhen) is in the past (" + byWhen + ")");
        }
      }
      areas.add(new ReviewRecords.Area(n, now, next, owner, byWhen, knowWhen, null));
      if (next != null && owner != null && byWhen != null) {
        actions.add(new ReviewRecords.Action(ReviewRecords.newId(), year, n, next, owner, byWhen, knowWhen, false, null));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFormException(TASK, problems);
    }
    return new Result(areas, actions);
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }
}
