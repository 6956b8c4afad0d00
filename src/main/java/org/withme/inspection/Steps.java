package org.withme.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.withme.forms.InvalidFormException;

/** Small helpers shared by the inspection's delegates and listeners. */
final class Steps {

  private Steps() {}

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(now(), ZoneId.systemDefault());
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static final java.time.format.DateTimeFormatter IN_WORDS =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** A date as people read it on a form ("3 November 2027"), never year-month-day. */
  static String inWords(LocalDate day) {
    return day == null ? "" : day.format(IN_WORDS);
  }

  static String text(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null || v.toString().isBlank() ? null : v.toString().trim();
  }

  static String inspectionId(VariableScope scope) {
    return (String) scope.getVariable("inspectionId");
  }

  /** The programme the inspection belongs to; a stand-alone inspection files under its contract. */
  static String programmeKey(VariableScope scope) {
    String programme = text(scope, "programmeReference");
    return programme != null ? programme : text(scope, "contractReference");
  }

  static String currentUser() {
    var ctx = Context.getCommandContext();
    Authentication auth = ctx == null ? null : ctx.getAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  static void refuse(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFormException(what, problems);
    }
  }

  /** Age bands of the inspectors, e.g. "11-15, 16-17". */
  static String ageBands(List<YoungInspector> inspectors) {
    return inspectors.stream().map(i -> i.ageBand()).distinct().sorted().map(AgeBand::code)
        .reduce((a, b) -> a + ", " + b).orElse("not recorded");
  }
}
