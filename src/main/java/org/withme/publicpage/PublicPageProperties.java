package org.withme.publicpage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public page (docs/public-page.md).
 *
 * @param councilName the council's name, shown in the page's title and header and the feed's title
 * @param smallCountThreshold a count of young people below this is shown as "fewer than N", never as the
 *     number, so a small group cannot be recognised; at least 3 (a lower value would suppress nothing of use)
 * @param latestItems how many "you said, we did" items the page lists (the newest first); each programme's
 *     own page lists all of its items
 * @param feedItems how many items the Atom feed carries (the newest first)
 */
@Validated
@ConfigurationProperties("withme.public-page")
public record PublicPageProperties(
    @DefaultValue("Your council") @NotBlank String councilName,
    @DefaultValue("5") @Min(value = 3, message = "must be at least 3: smaller counts could identify a child")
    @Max(100) int smallCountThreshold,
    @DefaultValue("30") @Min(1) @Max(500) int latestItems,
    @DefaultValue("20") @Min(1) @Max(200) int feedItems) {}
