package org.withme.tender;

/** A panellist as recorded by the participation officer: a young person or an officer. */
public record PanelMember(
    String userId,
    boolean young,
    String ageBand,
    boolean parentalConsent,
    boolean trainingDone,
    boolean confidentialitySigned,
    String supportingAdult,
    boolean supportingAdultDbsChecked,
    String reward) {}
