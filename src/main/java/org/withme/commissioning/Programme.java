package org.withme.commissioning;

import java.math.BigDecimal;
import java.util.List;

/** A commissioning programme as the commissioner proposed it on the start form. */
public record Programme(
    String reference,
    String title,
    String serviceArea,
    int cohortAgeFrom,
    int cohortAgeTo,
    List<String> cohortGroups,
    BigDecimal estimatedValue,
    int influenceRung,
    List<String> lundyElements) {}
