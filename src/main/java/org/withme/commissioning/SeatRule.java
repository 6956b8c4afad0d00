package org.withme.commissioning;

import java.util.Optional;

/** The young person's seat at contract monitoring: a warning when it was empty twice running. */
public final class SeatRule {

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
}
