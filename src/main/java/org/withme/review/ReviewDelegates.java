package org.withme.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;

/** The thin delegates and listeners of framework-review; the rules live in {@link SelfAssessmentRules}. */
@Configuration
public class ReviewDelegates {

  static final String START_FORM = "The form of 'Start the framework review'";

  private final ReviewRecords records;
  private final ReviewReport report;
  private final ReviewProperties properties;
  private final JdbcTemplate jdbc;
  private final org.withme.notification.BaseUrl baseUrl;
  private final ObjectMapper json = new ObjectMapper();

  public ReviewDelegates(ReviewRecords records, ReviewReport report, ReviewProperties properties, JdbcTemplate jdbc,
      org.withme.notification.BaseUrl baseUrl) {
    this.records = records;
    this.report = report;
    this.properties = properties;
    this.jdbc = jdbc;
    this.baseUrl = baseUrl;
  }

  static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  static int year(DelegateExecution execution) {
    return ((Number) execution.getVariable("reviewYear")).intValue();
  }

  /** One review per year: started by hand twice is refused; the yearly timer just ends quietly. */
  @Bean
  JavaDelegate openFrameworkReview() {
    return execution -> {
      Object requested = execution.getVariable("reviewYear");
      int year = requested == null ? today().getYear() : Integer.parseInt(requested.toString().trim());
      boolean bySchedule = Boolean.TRUE.equals(execution.getVariable("startedBySchedule"));
      String startedBy = bySchedule ? null : (String) execution.getVariable("reviewStartedBy");
      var existing = records.open(year, execution.getProcessInstanceId(), startedBy, now());
      if (existing.isPresent() && !bySchedule) {
        throw new InvalidFormException(START_FORM, List.of("'Review year' (reviewYear): the review of " + year
            + " exists already (started by " + existing.get() + "); there is one review per year"));
      }
      execution.setVariable("reviewYear", year);
      execution.setVariable("reviewTitle", "Participation framework review " + year);
      execution.setVariable("reviewOpened", existing.isEmpty());
      if (existing.isEmpty() && execution.getProcessBusinessKey() == null) {
        // the review's reference, shown on every card of its tasks (org.withme.tasklist.TaskCardPlugin)
        execution.setProcessBusinessKey(reference(year));
      }
    };
  }

  /**
   * framework-review-schedule's yearly timer: starts this year's review. (Camunda does not allow a
   * timer start event beside the none start event the Tasklist starts by hand.)
   */
  @Bean
  JavaDelegate startYearlyReview() {
    return execution -> Context.getCommandContext().runWithoutAuthorization(() ->
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("framework-review",
            Map.of("reviewYear", today().getYear(), "startedBySchedule", true)));
  }

  @Bean
  JavaDelegate compileReviewEvidence() {
    return execution -> {
      int year = year(execution);
      Evidence evidence = records.evidence(year);
      try {
        records.saveEvidence(year, json.writeValueAsString(evidence));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      execution.setVariable("evidenceSummary", evidence.summary());
      execution.setVariable("signOffDue", signOffDueFromNow());
    };
  }

  /** When the DCS's sign-off falls due: withme.review.sign-off-within (21 days) from now. */
  Date signOffDueFromNow() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.signOffWithin()));
  }

  @Bean
  ExecutionListener recordSelfAssessment() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      int year = year(execution);
      var result = SelfAssessmentRules.read(year, execution.getVariables(), today(), this::knownUser);
      records.saveSelfAssessment(year, result.areas(), result.actions());
      List<String> ids = new ArrayList<>(result.actions().stream().map(ReviewRecords.Action::id).toList());
      execution.setVariable("actionIds", Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      execution.setVariable("actionCount", ids.size());
    };
  }

  @Bean
  ExecutionListener recordYoungComments() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      int year = year(execution);
      for (int n = 1; n <= KeyAreas.ALL.size(); n++) {
        Object comment = execution.getVariable("area" + n + "Young");
        records.saveYoungComment(year, n, comment == null || comment.toString().isBlank() ? null : comment.toString().trim());
      }
    };
  }

  @Bean
  ExecutionListener recordSignOff() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object decision = execution.getVariable("signOffDecision");
      if (decision == null || !List.of("approve", "sendBack").contains(decision.toString())) {
        throw new InvalidFormException("The form of 'Sign off the review'", List.of("'Your decision' (signOffDecision) is required"));
      }
      Object comments = execution.getVariable("signOffComments");
      if ("sendBack".equals(decision) && (comments == null || comments.toString().isBlank())) {
        throw new InvalidFormException("The form of 'Sign off the review'",
            List.of("'Comments' (signOffComments) are required when you send the review back"));
      }
      // the decision is the DCS's own: recorded under their name, never under a group or nobody
      String by = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
      if (by == null || !isMember(by, "dcs")) {
        throw new AuthorizationException(signOffRefusal(year(execution), by));
      }
      if ("approve".equals(decision)) {
        records.signOff(year(execution), by, now(), comments == null ? null : comments.toString());
      } else {
        // sent back: the next sign-off falls due a full period after the send-back, not on a date
        // that may pass while the review is revised
        execution.setVariable("signOffDue", signOffDueFromNow());
      }
    };
  }

  @Bean
  JavaDelegate publishReviewReport() {
    return execution -> {
      int year = year(execution);
      var review = jdbc.queryForMap("select signed_off_by, sign_off_comments from wm_framework_review where review_year = ?", year);
      String html = report.html(new ReviewReport.Content(year, records.evidence(year), records.areas(year),
          records.actions(year), (String) review.get("signed_off_by"), (String) review.get("sign_off_comments")));
      byte[] pdf = report.pdf(html);
      records.saveReport(year, html, Base64.getEncoder().encodeToString(pdf), now());
      execution.setVariable("reportUrl", baseUrl.get() + "/withme/reviews/" + year + "/report.pdf");
      execution.setVariable("reportHtmlUrl", baseUrl.get() + "/withme/reviews/" + year + "/report.html");
    };
  }

  /** Shows the action on its follow-up task. */
  @Bean
  org.camunda.bpm.engine.delegate.TaskListener prepareActionTask() {
    return task -> {
      String id = (String) task.getVariable("actionId");
      task.setVariableLocal("actionWhat", reviewActions().what(id));
      task.setVariableLocal("actionKnowWhen", reviewActions().knowWhen(id));
      // each action's note lives in its own instance, so one owner's note never fills in another's form
      task.getExecution().setVariableLocal("actionDoneNote", null);
    };
  }

  /** Records the action done. */
  @Bean
  ExecutionListener recordActionDone() {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      Object note = execution.getVariable("actionDoneNote");
      records.actionDone((String) execution.getVariable("actionId"), now(), note == null ? null : note.toString());
    };
  }

  /** Read by the follow-up task: {@code ${reviewActions.owner(actionId)}} and so on. */
  @Bean
  ReviewActions reviewActions() {
    return new ReviewActions(records);
  }

  public record ReviewActions(ReviewRecords records) {
    public String owner(String id) {
      return records.action(id).owner();
    }

    public Date due(String id) {
      return Date.from(records.action(id).dueOn().atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    public String what(String id) {
      ReviewRecords.Action a = records.action(id);
      return a.keyArea() + ". " + KeyAreas.name(a.keyArea()) + ": " + a.what();
    }

    public String knowWhen(String id) {
      String s = records.action(id).knowDoneWhen();
      return s == null ? "" : s;
    }
  }

  /** The reference of the review of {@code year}: its process's business key. */
  public static String reference(int year) {
    return "REVIEW-" + year;
  }

  static String signOffRefusal(int year, String by) {
    return "The review of " + year + " is signed off or sent back by a signed-in member of the DCS group (dcs); "
        + (by == null ? "nobody is signed in" : by + " is not a member");
  }

  boolean isMember(String userId, String groupId) {
    Integer n = jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP where USER_ID_ = ? and GROUP_ID_ = ?",
        Integer.class, userId, groupId);
    return n != null && n > 0;
  }

  boolean knownUser(String id) {
    Integer n = jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ = ?", Integer.class, id);
    return n != null && n > 0;
  }

}
