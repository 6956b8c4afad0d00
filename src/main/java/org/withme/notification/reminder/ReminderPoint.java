package org.withme.notification.reminder;

import java.time.Duration;
import java.util.Date;

/**
 * One moment a task's reminder mail goes out: {@code P7D} (seven days before it is due), ...,
 * or {@code overdue} (the escalation).
 */
record ReminderPoint(String code, Duration offset, boolean escalation) {

  static final String OVERDUE = "overdue";

  static ReminderPoint before(Duration offset) {
    return new ReminderPoint(offset.toString(), offset, false);
  }

  static ReminderPoint overdue(Duration after) {
    return new ReminderPoint(OVERDUE, after.negated(), true);
  }

  static ReminderPoint parse(String code, ReminderProperties properties) {
    return OVERDUE.equals(code) ? overdue(properties.escalateAfter()) : before(Duration.parse(code));
  }

  Date firesAt(Date due) {
    return new Date(due.getTime() - offset.toMillis());
  }
}
