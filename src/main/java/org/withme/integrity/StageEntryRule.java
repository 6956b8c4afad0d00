package org.withme.integrity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a commissioning programme's token may enter a stage, from WithMe's records: the Analyse
 * stage once the programme is registered; Plan after a passed Analyse gate; Do after a passed Plan
 * gate (or a passed Review gate, when a service is decommissioned); Review after a passed Do gate;
 * "Decide what happens next" after a passed Review gate. Going back to the same or an earlier stage
 * (a repair that makes the work be done again) is allowed: its gates come again. Anything else is a
 * moved token and is refused.
 */
public final class StageEntryRule {

  /** The latest stage entry on record and whether its gate passed. */
  public record Previous(String stage, boolean gatePassed) {}

  private static final List<String> ORDER = List.of("analyse", "plan", "do", "review");

  private StageEntryRule() {}

  /** The plain-English refusal, or empty when the entry is allowed. */
  public static Optional<String> refusal(String entering, String programme, boolean programmeRegistered,
      Optional<Previous> previous) {
    String what = label(entering);
    if ("analyse".equals(entering)) {
      return programmeRegistered ? Optional.empty()
          : Optional.of(what + " of programme " + programme + " cannot start: the programme was never registered"
              + " (no programme record). A programme starts with its start form, which registers it.");
    }
    Set<String> after = switch (entering) {
      case "plan" -> Set.of("analyse");
      case "do" -> Set.of("plan", "review");
      case "review" -> Set.of("do");
      case "next-step" -> Set.of("review");
      default -> throw new IllegalArgumentException("unknown stage " + entering);
    };
    if (isPassed(previous, after) || isBack(previous, entering)) {
      return Optional.empty();
    }
    String needed = after.stream().sorted().map(s -> "the " + cap(s) + " stage's").reduce((a, b) -> a + " or " + b)
        .orElseThrow();
    return Optional.of(what + " of programme " + programme + " cannot start: " + needed
        + " participation gate has not passed. " + found(previous)
        + " Work moves on only through the stage's tasks and its gate.");
  }

  /** Back to the stage on record or an earlier one. */
  private static boolean isBack(Optional<Previous> previous, String entering) {
    int to = ORDER.indexOf(entering);
    return to >= 0 && previous.filter(p -> ORDER.indexOf(p.stage()) >= to).isPresent();
  }

  private static boolean isPassed(Optional<Previous> previous, Set<String> stages) {
    return previous.filter(p -> stages.contains(p.stage()) && p.gatePassed()).isPresent();
  }

  private static String found(Optional<Previous> previous) {
    return previous.map(p -> "On record: the " + cap(p.stage()) + " stage, "
        + (p.gatePassed() ? "its gate passed." : "its gate not passed."))
        .orElse("On record: no stage yet.");
  }

  static String label(String stage) {
    return "next-step".equals(stage) ? "'Decide what happens next'" : "The " + cap(stage) + " stage";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
