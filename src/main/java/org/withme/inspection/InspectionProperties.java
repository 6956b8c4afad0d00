package org.withme.inspection;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Young Inspectors' inspections.
 *
 * @param scaleMax the top of the monitoring tool's scale (1 to scaleMax)
 * @param gapThreshold a question is a gap when the two views differ by at least this many points
 * @param refresherAfter refresher training falls due this long after the last training
 * @param consentAge inspectors younger than this on the visit day need a parent's or carer's consent
 * @param findingsDueAfterVisit time after the visit to record both views
 * @param providerResponseDue time the provider has to answer the recommendations
 */
@ConfigurationProperties("withme.inspection")
public record InspectionProperties(
    @DefaultValue("5") int scaleMax,
    @DefaultValue("2") int gapThreshold,
    @DefaultValue("P1Y") Period refresherAfter,
    @DefaultValue("18") int consentAge,
    @DefaultValue("P14D") Period findingsDueAfterVisit,
    @DefaultValue("P28D") Period providerResponseDue) {}
