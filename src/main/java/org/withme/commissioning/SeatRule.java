package org.withme.commissioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.withme.participation.EvidenceRules;

/**
 * The young person's seat at contract monitoring: a warning when it was empty twice running; a filled
 * seat is a participation record, which needs the young person's age band and what they said.
 */
public final class SeatRule {

  /** The method a filled seat's participation record names. */
  public static final String METHOD = "Young person's seat at contract monitoring";

  private SeatRule() {}

  public static int emptyInARow(int before, boolean attended) {
    return attended ? 0 : before + 1;
  }

  public static Optional<String> warning(int emptyInARow) {
    return emptyInARow >= 2
        ? Optional.of("The young person's seat was empty at the last " + emptyInARow + " monitoring meetings."
            + " Agree with the participation officer how to fill it before the next one.")
        : Optional.empty();
  }

  /** What a filled seat's record needs: an age band of the form's choice, and what the young person said. */
  public static List<String> seatProblems(Object ageBand, Object whatTheySaid) {
    List<String> problems = new ArrayList<>();
    if (ageBand == null || !EvidenceRules.AGE_BANDS.containsKey(ageBand.toString())) {
      problems.add("'How old is the young person in the seat?' (seatAgeBand): choose an age band when the seat was filled");
    }
    String said = whatTheySaid == null ? "" : whatTheySaid.toString().strip();
    if (said.length() < 10 || said.length() > 4000) {
      problems.add("'What the young person said' (seatWhatTheySaid): write what they said, 10 to 4000 characters,"
          + " when the seat was filled");
    }
    return problems;
  }
}
