package org.withme.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a record of engagement evidence must contain beyond what its form checks. */
public final class EvidenceRules {

  /** Age bands on the evidence form: field key and label. */
  public static final Map<String, String> AGE_BANDS = new LinkedHashMap<>();

  static {
    AGE_BANDS.put("participantsUnder11", "under 11");
    AGE_BANDS.put("participants11to15", "11-15");
    AGE_BANDS.put("participants16to18", "16-18");
    AGE_BANDS.put("participants19to25", "19-25");
  }

  private EvidenceRules() {}

  public static List<String> problems(Map<String, Integer> perBand) {
    List<String> problems = new ArrayList<>();
    int total = perBand.values().stream().mapToInt(Integer::intValue).sum();
    if (total < 1) {
      problems.add("'Young people who took part' (participantsUnder11 ... participants19to25): at least one young"
          + " person must have taken part; if nobody did, ask for a participation exception instead");
    }
    return problems;
  }

  /**
   * Consent, when the plan of the engagement says it is needed ({@code consentNeeded} "yes"): the
   * evidence is recorded only once consent is recorded for everyone who needed it.
   */
  public static List<String> consentProblems(Object consentNeeded, Object consentRecorded) {
    if ("yes".equals(String.valueOf(consentNeeded)) && !"yes".equals(String.valueOf(consentRecorded))) {
      return List.of("'Consent recorded' (consentRecorded): the plan says this engagement needs consent; record that"
          + " consent was given for every young person who needed it before recording the evidence");
    }
    return List.of();
  }

  /** A count from a form: a number, or empty for none (the form's min/max are checked by the form validation). */
  public static int count(Object v) {
    return v instanceof Number n ? n.intValue() : v == null || v.toString().isBlank() ? 0 : Integer.parseInt(v.toString().trim());
  }

  /** The young people per age band that a form with the participation fields ({@link #AGE_BANDS}) recorded. */
  public static Map<String, Integer> perBand(java.util.function.Function<String, Object> variable) {
    Map<String, Integer> perBand = new LinkedHashMap<>();
    AGE_BANDS.keySet().forEach(key -> perBand.put(key, count(variable.apply(key))));
    return perBand;
  }

  public static String ageBands(Map<String, Integer> perBand) {
    List<String> parts = new ArrayList<>();
    perBand.forEach((k, n) -> {
      if (n > 0) {
        parts.add(AGE_BANDS.get(k) + ": " + n);
      }
    });
    return String.join(", ", parts);
  }
}
