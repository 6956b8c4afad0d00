package org.withme.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.withme.forms.InvalidFormException;

/** Small helpers shared by the tender's delegates and listeners. */
final class TenderSupport {

  private TenderSupport() {}

  /** The tender of this run: its business key, set once at registration (not the writable variable). */
  static String tender(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    return key != null ? key : (String) execution.getVariable("tenderReference");
  }

  /**
   * The panellist a task's submission speaks for: the signed-in person who completed it (only its
   * assignee may, org.withme.integrity.TaskWork), else, for WithMe's own Java callers, the task's
   * assignee (the panellist it was made for), as noted on completion. Never a variable a
   * submission could overwrite; {@code variable} is read only outside a task's completion.
   */
  static String panellist(DelegateExecution execution, String variable) {
    String user = currentUser();
    if (user != null) {
      return user;
    }
    String actor = org.withme.participation.TaskActorListener.actor(execution);
    return actor != null ? actor : (String) execution.getVariable(variable);
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static LocalDate today() {
    return now().atZone(Standstill.LONDON).toLocalDate();
  }

  static String currentUser() {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
  }

  static String text(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null || v.toString().isBlank() ? null : v.toString().trim();
  }

  static boolean yes(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)) || "yes".equals(String.valueOf(v));
  }

  static BigDecimal decimal(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A date as the Tasklist's date picker sends it (2026-12-01, possibly with a time). */
  static LocalDate date(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(Standstill.LONDON).toLocalDate();
    }
    String s = v.toString().trim();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static void refuseIf(String taskName, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFormException("The form of '" + taskName + "'", problems);
    }
  }
}
