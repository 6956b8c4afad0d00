package org.withme.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept (docs/data-protection.md). After its period the
 * retention clean-up removes the personal part of a record and keeps what the figures count.
 *
 * @param tenderRecords a tender's evaluation records after its award (or start, if never awarded);
 *     at least three years (Procurement Act 2023 s.98)
 * @param leftYoungInspectors a Young Inspector's name and identity in inspection records after they left the pool
 * @param inspectionFeedback young people's comments on an inspection
 * @param surveyComments comments in engagement surveys
 * @param engagementText what young people said, in the participation record (counts are kept)
 * @param reminderMails reminder and arrival mails (recipient address and body)
 * @param operatorActions the audit of operators' repairs
 * @param cron when the clean-up runs (Spring cron, server time)
 */
@ConfigurationProperties("withme.retention")
public record RetentionProperties(
    @DefaultValue("P3Y") Period tenderRecords,
    @DefaultValue("P1Y") Period leftYoungInspectors,
    @DefaultValue("P2Y") Period inspectionFeedback,
    @DefaultValue("P3Y") Period surveyComments,
    @DefaultValue("P6Y") Period engagementText,
    @DefaultValue("P1Y") Period reminderMails,
    @DefaultValue("P6Y") Period operatorActions,
    @DefaultValue("0 30 2 * * *") String cron) {

  /** The shortest period the law allows for tender records. */
  public static final Period TENDER_MINIMUM = Period.ofYears(3);

  public RetentionProperties {
    if (RetentionRules.shorter(tenderRecords, TENDER_MINIMUM)) {
      throw new IllegalArgumentException("withme.retention.tender-records is " + tenderRecords
          + ": tender records must be kept for at least 3 years (Procurement Act 2023 s.98)");
    }
  }
}
