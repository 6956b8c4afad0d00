package org.withme.participation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Hart's ladder of participation. Rungs 1 to 3 are not participation: a programme cannot promise
 * them to young people.
 */
public enum HartLadder {
  MANIPULATION(1, "Manipulation", "Young people are used to carry adults' messages without understanding them."),
  DECORATION(2, "Decoration", "Young people are present to make an event look good, with no say in it."),
  TOKENISM(3, "Tokenism", "Young people appear to be given a voice but have little or no choice about what they say or how."),
  ASSIGNED_BUT_INFORMED(4, "Assigned but informed", "Adults decide; young people understand why and what their role is."),
  CONSULTED_AND_INFORMED(5, "Consulted and informed", "Adults design and run it; young people are consulted, their views are taken seriously and they hear the outcome."),
  ADULT_INITIATED_SHARED(6, "Adult-initiated, shared decisions with young people", "Adults start it; decisions are shared with young people."),
  YOUNG_PEOPLE_INITIATED(7, "Young people-initiated and directed", "Young people start and direct it; adults support."),
  YOUNG_PEOPLE_INITIATED_SHARED(8, "Young people-initiated, shared decisions with adults", "Young people start it and share decisions with adults as equal partners.");

  /** The lowest rung that counts as participation. */
  public static final int LOWEST_PARTICIPATION_RUNG = 4;

  private final int rung;
  private final String title;
  private final String meaning;

  HartLadder(int rung, String title, String meaning) {
    this.rung = rung;
    this.title = title;
    this.meaning = meaning;
  }

  public int rung() {
    return rung;
  }

  public String title() {
    return title;
  }

  public String meaning() {
    return meaning;
  }

  public boolean isParticipation() {
    return rung >= LOWEST_PARTICIPATION_RUNG;
  }

  public static Optional<HartLadder> ofRung(int rung) {
    return Arrays.stream(values()).filter(r -> r.rung == rung).findFirst();
  }

  /** Why a promised rung is refused, or empty when it is real participation. */
  public static Optional<String> refusal(int rung) {
    Optional<HartLadder> r = ofRung(rung);
    if (r.isEmpty()) {
      return Optional.of("Level of influence (influenceRung) must be a rung of Hart's ladder from 1 to 8, not " + rung);
    }
    if (!r.get().isParticipation()) {
      return Optional.of("Level of influence (influenceRung) rung " + rung + " '" + r.get().title()
          + "' is not participation: " + r.get().meaning() + " Promise rung 4 or higher.");
    }
    return Optional.empty();
  }
}
