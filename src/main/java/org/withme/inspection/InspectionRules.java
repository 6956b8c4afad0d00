package org.withme.inspection;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What an inspection must hold at each step. Plain Java, tested without an engine. */
public final class InspectionRules {

  /** Slots in the forms: questions of the monitoring tool and recommendations of the report. */
  public static final int MAX_QUESTIONS = 6;
  public static final int MIN_QUESTIONS = 3;
  public static final int MAX_RECOMMENDATIONS = 5;

  static final String ASSIGNED = "'Young Inspectors for this visit' (inspectorsAssigned)";

  private InspectionRules() {}

  public static LocalDate refresherDue(LocalDate trainedOn, Period refresherAfter) {
    return trainedOn.plus(refresherAfter);
  }

  /** Every chosen inspector must be in the pool, active, and trained within the refresher period. */
  public static List<String> assignmentProblems(List<String> chosen, Map<String, YoungInspector> pool, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (chosen == null || chosen.isEmpty()) {
      problems.add(ASSIGNED + ": choose at least one trained Young Inspector");
      return problems;
    }
    for (String id : chosen) {
      YoungInspector inspector = pool.get(id);
      if (inspector == null || !inspector.active()) {
        problems.add(ASSIGNED + ": '" + id + "' is not in the pool of Young Inspectors");
      } else if (inspector.lapsedOn(today)) {
        problems.add(ASSIGNED + ": " + inspector.name() + " (" + id + ") cannot be assigned, their training lapsed on "
            + inspector.refresherDueOn() + " (last trained " + inspector.lastTrainedOn() + "); give the refresher training first");
      }
    }
    return problems;
  }

  /** Safeguarding for the visit: a supporting adult always, a parent's consent for anyone whose age group may be under the consent age. */
  public static List<String> safeguardingProblems(List<YoungInspector> inspectors, LocalDate visitDate, int consentAge,
      boolean consentConfirmed, String supportingAdult) {
    List<String> problems = new ArrayList<>();
    if (supportingAdult == null || supportingAdult.isBlank()) {
      problems.add("'Supporting adult on the visit' (supportingAdult) is required");
    }
    if (visitDate == null) {
      return problems;
    }
    List<String> needConsent = inspectors.stream().filter(i -> i.needsConsent(consentAge)).map(YoungInspector::name).toList();
    if (!needConsent.isEmpty() && !consentConfirmed) {
      problems.add("'Parent or carer consent received' (parentalConsentConfirmed): " + String.join(", ", needConsent)
          + " may be under " + consentAge + " (by their age group) and need a parent's or carer's consent");
    }
    for (YoungInspector i : inspectors) {
      if (i.lapsedOn(visitDate)) {
        problems.add("'Date of the visit' (visitDate): " + i.name() + "'s training lapses on " + i.refresherDueOn()
            + ", before the visit; give the refresher training first or choose an earlier date");
      }
    }
    return problems;
  }

  /** The monitoring tool needs at least three questions, filled from the first slot on. */
  public static List<String> toolProblems(List<String> questionSlots) {
    List<String> problems = new ArrayList<>();
    long filled = questionSlots.stream().filter(q -> q != null && !q.isBlank()).count();
    if (filled < MIN_QUESTIONS) {
      problems.add("'Question 1' to 'Question " + MIN_QUESTIONS + "' (toolQuestion1.." + MIN_QUESTIONS
          + "): the monitoring tool needs at least " + MIN_QUESTIONS + " questions");
    }
    boolean gap = false;
    for (int i = 0; i < questionSlots.size(); i++) {
      String q = questionSlots.get(i);
      boolean blank = q == null || q.isBlank();
      if (blank) {
        gap = true;
      } else if (gap) {
        problems.add("'Question " + (i + 1) + "' (toolQuestion" + (i + 1) + "): fill the questions in order, without empty ones before it");
        break;
      }
    }
    return problems;
  }

  /** A score for every question, a whole number on the scale 1..scaleMax. */
  public static List<String> scoreProblems(String label, String keyPrefix, int questionCount, int scaleMax,
      Function<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (int i = 1; i <= questionCount; i++) {
      String key = keyPrefix + i;
      String name = "'" + label + " " + i + "' (" + key + ")";
      Object v = values.apply(key);
      if (v == null || v.toString().isBlank()) {
        problems.add(name + " is required");
        continue;
      }
      Integer score = wholeNumber(v);
      if (score == null) {
        problems.add(name + " must be a whole number from 1 to " + scaleMax + ", not '" + v + "'");
      } else if (score < 1 || score > scaleMax) {
        problems.add(name + " must be on the scale from 1 to " + scaleMax + ", not " + v);
      }
    }
    return problems;
  }

  /** The provider's answer to one recommendation, as submitted. */
  public record Response(int position, String answer, String action, String actionDate, String declineReason) {}

  /** Each recommendation answered: accepted with an action and a date, or declined with a reason. */
  public static List<String> responseProblems(List<Response> responses, LocalDate today) {
    List<String> problems = new ArrayList<>();
    for (Response r : responses) {
      int i = r.position();
      if (r.answer() == null || r.answer().isBlank()) {
        problems.add("'Provider's answer to recommendation " + i + "' (providerAnswer" + i + ") is required: accepted or declined");
      } else if ("accepted".equals(r.answer())) {
        if (blank(r.action())) {
          problems.add("'Action the provider will take' (providerAction" + i + ") is required when recommendation " + i + " is accepted");
        }
        LocalDate date = date(r.actionDate());
        if (date == null) {
          problems.add("'Action done by' (providerActionDate" + i + ") must be a date when recommendation " + i + " is accepted");
        } else if (date.isBefore(today)) {
          problems.add("'Action done by' (providerActionDate" + i + ") cannot be in the past");
        }
      } else if ("declined".equals(r.answer())) {
        if (blank(r.declineReason()) || r.declineReason().trim().length() < 10) {
          problems.add("'Why the provider declined' (providerDeclineReason" + i + ") needs a reason of at least 10 characters");
        }
      } else {
        problems.add("'Provider's answer to recommendation " + i + "' (providerAnswer" + i + ") must be accepted or declined, not '" + r.answer() + "'");
      }
    }
    return problems;
  }

  /** The inspection closes only when the provider has answered every recommendation. */
  public static List<String> closeProblems(Map<Integer, String> responseByRecommendation) {
    List<String> problems = new ArrayList<>();
    responseByRecommendation.forEach((position, response) -> {
      if (response == null || response.isBlank()) {
        problems.add("Recommendation " + position + " (providerAnswer" + position + ") has no answer from the provider");
      }
    });
    return problems;
  }

  static Integer wholeNumber(Object v) {
    try {
      double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
      return d == Math.rint(d) ? (int) d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static LocalDate date(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String s = v.toString().trim();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
