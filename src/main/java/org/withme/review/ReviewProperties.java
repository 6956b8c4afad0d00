package org.withme.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The annual framework review.
 *
 * @param startCycle when the review starts by itself (a Camunda timer cycle; default 06:00 on 1 April)
 * @param signOffWithin how long the DCS has for the sign-off; the sign-off task falls due then
 */
@ConfigurationProperties("withme.review")
public record ReviewProperties(
    @DefaultValue("0 0 6 1 4 ?") String startCycle,
    @DefaultValue("P21D") Duration signOffWithin) {}
