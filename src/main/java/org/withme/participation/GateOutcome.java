package org.withme.participation;

/** What a participation gate decided. */
public enum GateOutcome {
  PASSED_WITH_EVIDENCE,
  PASSED_BY_EXCEPTION,
  REFUSED;

  public boolean passed() {
    return this != REFUSED;
  }
}
