package org.withme.participation;

import java.util.Optional;

/**
 * The rule of the stage gate: a stage closes when young people's engagement in it is on record, or
 * when a head of commissioning other than the requester approved an exception with a written reason.
 */
public final class StageEvidenceRule {

  /** An approved exception as recorded. */
  public record ApprovedException(String requestedBy, String decidedBy, String reason, String decisionReason) {}

  private StageEvidenceRule() {}

  public static GateVerdict verdict(String stage, int evidenceRecords, Optional<ApprovedException> exception) {
    if (evidenceRecords > 0) {
      return new GateVerdict(GateOutcome.PASSED_WITH_EVIDENCE,
          evidenceRecords + " engagement evidence record(s) for the " + stage + " stage", null);
    }
    if (exception.isPresent()) {
      ApprovedException e = exception.get();
      boolean valid = e.decidedBy() != null && !e.decidedBy().equals(e.requestedBy())
          && e.decisionReason() != null && !e.decisionReason().isBlank();
      if (valid) {
        return new GateVerdict(GateOutcome.PASSED_BY_EXCEPTION,
            "Exception asked by " + e.requestedBy() + ": " + e.reason() + " Approved: " + e.decisionReason(), e.decidedBy());
      }
    }
    return GateVerdict.refused("No engagement evidence for the " + stage
        + " stage and no exception approved by another head of commissioning");
  }
}
