package org.withme.tender;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The figures of the Scottish regime (withme.tender.scotland.*), which change when the thresholds
 * are revised (Public Contracts (Scotland) Regulations 2015 reg. 5, revised every two years).
 *
 * @param lightTouchThreshold estimated value (GBP, including VAT) from which a light-touch
 *     contract (social and other specific services, Schedule 3) falls under the 2015 Regulations;
 *     £663,540 from 1 January 2024
 * @param servicesThreshold the same for other service contracts of a council; £214,904 from
 *     1 January 2024
 * @param standstillDays standstill under reg. 87, in days after the day the notice is sent
 *     electronically
 */
@ConfigurationProperties("withme.tender.scotland")
public record ScotlandProcurementProperties(
    @DefaultValue("663540") BigDecimal lightTouchThreshold,
    @DefaultValue("214904") BigDecimal servicesThreshold,
    @DefaultValue("10") int standstillDays) {

  /** The defaults, for rules used without Spring. */
  public static ScotlandProcurementProperties defaults() {
    return new ScotlandProcurementProperties(new BigDecimal("663540"), new BigDecimal("214904"), 10);
  }
}
