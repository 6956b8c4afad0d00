package org.withme.inspection;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Young Inspector's age as WithMe keeps it: a band, never a date of birth. The bands are enough
 * for what the process needs (who needs a parent's or carer's consent, the age bands of an
 * inspection's evidence) and no more.
 */
public enum AgeBand {
  AGED_8_TO_10("8-10", 8),
  AGED_11_TO_15("11-15", 11),
  AGED_16_TO_17("16-17", 16),
  AGED_18_TO_25("18-25", 18);

  private final String code;
  private final int youngest;

  AgeBand(String code, int youngest) {
    this.code = code;
    this.youngest = youngest;
  }

  /** As stored and submitted: "11-15". */
  public String code() {
    return code;
  }

  /**
   * Whether someone in this band may be under {@code consentAge}, so needs a parent's or carer's
   * consent: exact where the consent age starts a band (11, 16, 18), on the safe side otherwise.
   */
  public boolean mayBeUnder(int consentAge) {
    return youngest < consentAge;
  }

  public static Optional<AgeBand> of(Object code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(b -> b.code.equals(code.toString().trim())).findFirst();
  }

  /** The band of someone aged {@code age} (8 to 25). */
  public static AgeBand forAge(int age) {
    if (age < 8 || age > 25) {
      throw new IllegalArgumentException("Young Inspectors are 8 to 25 years old, not " + age);
    }
    return age <= 10 ? AGED_8_TO_10 : age <= 15 ? AGED_11_TO_15 : age <= 17 ? AGED_16_TO_17 : AGED_18_TO_25;
  }
}
