package org.withme.participation;

/** A gate's decision with its reason and, for an exception, who approved it. */
public record GateVerdict(GateOutcome outcome, String reason, String decidedBy) {

  public static GateVerdict refused(String reason) {
    return new GateVerdict(GateOutcome.REFUSED, reason, null);
  }
}
