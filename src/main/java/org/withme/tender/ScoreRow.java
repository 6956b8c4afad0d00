package org.withme.tender;

/** One score a panellist gives: a bid, a question, 0 to 5 and the reason. */
public record ScoreRow(String bidder, String questionId, Object score, String reason) {}
