package org.withme.notification.reminder;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders reminder and escalation mails from the templates in {@code templates/mail/} (a text and
 * an HTML version of each), and builds the link straight to the task in the Tasklist.
 */
public class ReminderMails {

  /** What a mail says. */
  record Facts(String taskId, String taskName, String processName, String businessKey, Date due,
      String assignee, ReminderPoint point) {}

  record Rendered(String subject, String text, String html) {}

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final java.util.function.Supplier<String> baseUrl;
  private final ZoneId zone;

  public ReminderMails(String baseUrl, ZoneId zone) {
    this(() -> baseUrl, zone);
  }

  public ReminderMails(java.util.function.Supplier<String> baseUrl, ZoneId zone) {
    this.baseUrl = baseUrl;
    this.zone = zone;
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReminderMails.class.getClassLoader());
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  public String taskLink(String taskId) {
    String base = baseUrl.get();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  Rendered render(Facts facts) {
    String template = facts.point().escalation() ? "escalation" : "reminder";
    String when = when(facts.point());
    String about = facts.businessKey() == null ? facts.processName() : facts.businessKey();
    String subject = facts.point().escalation()
        ? "Overdue: " + facts.taskName() + " (" + about + ")"
        : "Reminder: " + facts.taskName() + " (" + about + ") is due " + when;
    Context context = new Context(Locale.UK, Map.of(
        "taskName", facts.taskName(),
        "processName", facts.processName(),
        "businessKey", facts.businessKey() == null ? "" : facts.businessKey(),
        "due", DUE.format(facts.due().toInstant().atZone(zone)),
        "when", when,
        "assignee", facts.assignee() == null ? "" : facts.assignee(),
        "link", taskLink(facts.taskId())));
    return new Rendered(subject, text.process(template, context), html.process(template, context));
  }

  /** The mail telling people a task has arrived for them. */
  Rendered arrival(String taskId, String taskName, String processName, String businessKey, Date due) {
    String about = businessKey == null ? processName : businessKey;
    Context context = new Context(Locale.UK, Map.of(
        "taskName", taskName,
        "processName", processName,
        "businessKey", businessKey == null ? "" : businessKey,
        "due", due == null ? "" : DUE.format(due.toInstant().atZone(zone)),
        "link", taskLink(taskId)));
    return new Rendered("New task for you: " + taskName + " - " + about, text.process("arrival", context),
        html.process("arrival", context));
  }

  static String when(ReminderPoint point) {
    if (point.escalation()) {
      return "overdue";
    }
    Duration offset = point.offset();
    if (offset.isZero()) {
      return "today";
    }
    if (offset.equals(Duration.ofDays(1))) {
      return "tomorrow";
    }
    if (offset.toHours() % 24 == 0) {
      return "in " + offset.toDays() + " days";
    }
    return "in " + offset.toHours() + " hours";
  }
}
