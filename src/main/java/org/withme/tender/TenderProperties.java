package org.withme.tender;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tender evaluation that process owners may change (withme.tender.*).
 *
 * @param minYoungPanellists fewest young panellists a panel may have
 * @param consentAge young panellists younger than this need a parent's or guardian's consent
 * @param minYoungQuestions fewest questions written by young people
 * @param maxModerationDeparture how far (in score points) a consensus may lie outside the panel's
 *     lowest and highest scores before it needs a written reason
 * @param priceFormula how price is scored: {@code lowest-price-ratio} or {@code linear}
 * @param standstillWorkingDaysPa2023 standstill under the Procurement Act 2023, in working days
 * @param standstillDaysPcr2015 standstill under the Public Contracts Regulations 2015, in days
 */
@ConfigurationProperties("withme.tender")
public record TenderProperties(
    @DefaultValue("2") int minYoungPanellists,
    @DefaultValue("18") int consentAge,
    @DefaultValue("1") int minYoungQuestions,
    @DefaultValue("1") int maxModerationDeparture,
    @DefaultValue("lowest-price-ratio") String priceFormula,
    @DefaultValue("8") int standstillWorkingDaysPa2023,
    @DefaultValue("10") int standstillDaysPcr2015) {}
