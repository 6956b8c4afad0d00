package org.withme.participation;

/**
 * Young people's participation that a passed gate proves (for example a tender panel's scoring),
 * written once to the participation record (wm_engagement_evidence) for the programme's open stage,
 * so the stage gate, existing intelligence and the annual review count it without anyone entering
 * it again.
 *
 * @param fallbackStage the stage code kept when the programme has no open stage (e.g. {@code tender})
 */
public record Participation(String programme, String serviceArea, String fallbackStage, String method, int participants,
    String ageBands, String groups, String whatTheySaid) {}
