package org.withme.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention clean-up on its cron (withme.retention.cron; "-" switches it off). */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
