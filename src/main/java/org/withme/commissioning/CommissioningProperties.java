package org.withme.commissioning;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the commissioning cycle.
 *
 * @param fatigueWindow how far back earlier engagement of the same cohort on the same service area
 *     counts as recent (consultation fatigue)
 * @param feedbackWorkingDays working days within which "you said, we did" feedback is due
 * @param considerations the co-produced considerations every commissioning intention answers
 */
@ConfigurationProperties("withme.commissioning")
public record CommissioningProperties(
    @DefaultValue("P6M") Period fatigueWindow,
    @DefaultValue("20") int feedbackWorkingDays,
    @DefaultValue({"Environment and sustainability", "Equality and inclusion", "Safeguarding children and young people",
        "Social value and local jobs", "How young people will keep a say once the service runs"})
    List<String> considerations) {}
