package org.withme.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;

/** The annual framework review, end to end; run on H2 and on PostgreSQL by the subclasses. */
abstract class FrameworkReviewScenarios {

  static final String KEY = "framework-review";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewRecords records;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  static void clockAt(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  ProcessInstance startByHand(int year) {
    engine.getIdentityService().setAuthentication("dara", List.of("dcs"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("reviewYear", year));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  Task task(ProcessInstance pi, String definitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(definitionKey).listPage(0, 10).get(0);
  }

  static Map<String, Object> assessment() {
    Map<String, Object> v = new HashMap<>();
    for (int n = 1; n <= 10; n++) {
      v.put("area" + n + "Now", "What we do now in key area " + n);
    }
    v.put("area1Next", "Train every commissioner in participation");
    v.put("area1Owner", "cora");
    v.put("area1ByWhen", "2045-09-30");
    v.put("area1KnowWhen", "All commissioners have done the course");
    v.put("area3Next", "Ring-fence a participation budget");
    v.put("area3Owner", "hana");
    v.put("area3ByWhen", "2045-12-01");
    return v;
  }

  /**
   * Records of every process around the review of 2045, started on 1 April 2045 at 10:00: its period
   * is 1 April 2044 to 31 March 2045. Every record is dated before that start (test data never
   * sits after the clock); at each edge one record just inside the period and one just outside.
   */
  void seedBeforeTheReviewOf2045() {
    String p1 = "FR45-" + UUID.randomUUID().toString().substring(0, 8);
    String p2 = "FR45-" + UUID.randomUUID().toString().substring(0, 8);
    String p3 = "FR45-" + UUID.randomUUID().toString().substring(0, 8);
    programme("FR44-" + UUID.randomUUID().toString().substring(0, 8), "2044-03-31T23:59:00"); // just before
    programme(p1, "2044-04-01T00:00:00"); // the period's first minute
    programme(p3, "2044-06-01T09:00:00");
    programme(p2, "2045-03-31T23:59:00"); // its last minute
    programme("FR45-" + UUID.randomUUID().toString().substring(0, 8), "2045-04-01T08:00:00"); // the start day
    gate(p1, "review", "PASSED_BY_EXCEPTION", "2044-03-31T23:59:00");
    gate(p1, "analyse", "PASSED_WITH_EVIDENCE", "2044-04-01T00:00:00");
    gate(p1, "plan", "PASSED_WITH_EVIDENCE", "2044-09-01T09:00:00");
    gate(p3, "plan", "PASSED_BY_EXCEPTION", "2044-11-01T09:00:00");
    gate(p3, "do", "REFUSED", "2045-01-15T09:00:00");
    gate(p2, "analyse", "PASSED_WITH_EVIDENCE", "2045-03-31T23:59:00");
    gate(p2, "plan", "PASSED_BY_EXCEPTION", "2045-04-01T08:00:00");
    exception(p1, "Agreed just before the period", "2044-03-31T23:59:00");
    exception(p3, "The young people's group had disbanded over the summer", "2044-10-20T09:00:00");
    exception(p2, "Agreed on the day the review started", "2045-04-01T08:00:00");
    feedback(p1, "2044-03-31", null);
    feedback(p1, "2044-04-01", "2044-03-28");
    feedback(p3, "2044-12-15", "2044-12-15");
    feedback(p3, "2045-01-15", "2045-02-01");
    feedback(p2, "2045-03-31", null);
    feedback(p2, "2045-04-01", null);
    tender("T44-Z-" + p1, p1, 99.0, "2044-03-31T23:59:00", 7, 0);
    tender("T45-A-" + p1, p1, 30.0, "2044-04-01T00:00:00", 3, 1);
    tender("T45-B-" + p2, p2, 25.5, "2045-03-31T23:59:00", 2, 0);
    tender("T45-C-" + p2, p2, 50.0, "2045-04-01T08:00:00", 4, 0);
    inspection(p1, "2044-03-31T23:59:00");
    inspection(p1, "2044-10-01T09:00:00");
    inspection(p3, "2045-03-31T23:59:00");
    inspection(p2, "2045-04-01T08:00:00");
    for (boolean done : List.of(true, true, false)) {
      jdbc.update("insert into wm_review_action (id, review_year, key_area, what, owner, due_on, done) values (?, 2044, 2, 'Last year', 'cora', ?, ?)",
          UUID.randomUUID().toString(), java.sql.Date.valueOf("2044-12-01"), done);
    }
  }

  @Test
  void evidenceFiguresComeFromTheRecordsOfTheTwelveMonthsBeforeTheReview() {
    clockAt(2045, 4, 1);
    seedBeforeTheReviewOf2045();
    Evidence e = records.evidence(2045);
    assertThat(e.periodFrom()).isEqualTo("2044-04-01");
    assertThat(e.periodTo()).isEqualTo("2045-03-31");
    assertThat(e.programmesRun()).isEqualTo(3);
    assertThat(e.stagesWithEvidence()).isEqualTo(3);
    assertThat(e.stagesByException()).isEqualTo(1);
    assertThat(e.stagesRefused()).isEqualTo(1);
    assertThat(e.evidenceSharePercent()).isEqualTo(75);
    assertThat(e.exceptionReasons()).containsExactly("The young people's group had disbanded over the summer");
    assertThat(e.feedbackOnTime()).isEqualTo(2);
    assertThat(e.feedbackLate()).isEqualTo(1);
    assertThat(e.feedbackOutstanding()).isEqualTo(1);
    assertThat(e.tenders()).extracting(Evidence.TenderPanel::youngPanellists).containsExactly(3, 2);
    assertThat(e.tenders()).extracting(Evidence.TenderPanel::youngWeightShare).containsExactly(30.0, 25.5);
    assertThat(e.inspectionsDone()).isEqualTo(2);
    assertThat(e.lastYearActionsDone()).isEqualTo(2);
    assertThat(e.lastYearActionsOpen()).isEqualTo(1);

    // the whole review of 2045, with a sending back, to the published report
    ProcessInstance pi = startByHand(2045);
    assertThat(pi).isWaitingAt("SelfAssess");
    String summary = (String) engine.getRuntimeService().getVariable(pi.getId(), "evidenceSummary");
    assertThat(summary).isEqualTo(e.summary()).startsWith("Period: 1 April 2044 to 31 March 2045\nProgrammes run: 3\n");
    // while the review runs, work goes on: a programme started now belongs to next year's review
    clockAt(2045, 4, 10);
    programme("FR46-" + UUID.randomUUID().toString().substring(0, 8), "2045-04-10T10:00:00");

    // bad input: an action without an owner and one due in the past are refused, nothing stored
    Map<String, Object> bad = assessment();
    bad.remove("area1Owner");
    bad.put("area3ByWhen", "2045-01-01");
    String selfAssess = task(pi, "SelfAssess").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(selfAssess, bad))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("area1Owner").hasMessageContaining("area3ByWhen");
    assertThat(jdbc.queryForObject("select count(*) from wm_review_area where review_year = 2045", Integer.class)).isZero();

    engine.getTaskService().complete(selfAssess, assessment());
    assertThat(pi).isWaitingAt("CoReview");
    Map<String, Object> young = youngComments();
    young.put("area1Young", "Ask us to help train them");
    young.put("area9Young", "Tell us why when we are not asked");
    engine.getTaskService().complete(task(pi, "CoReview").getId(), young);

    Task signOff = task(pi, "SignOff");
    // due 21 days after the evidence was compiled at the start (1 April, 10:00)
    assertThat(signOff.getDueDate()).isEqualTo(at(2045, 4, 22, 10, 0));
    assertThatThrownBy(() -> engine.getTaskService().complete(signOff.getId(), Map.of("signOffDecision", "sendBack")))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("signOffComments");
    // a decision of nobody in particular is refused: the DCS signs in
    for (String decision : List.of("sendBack", "approve")) {
      assertThatThrownBy(() -> engine.getTaskService().complete(signOff.getId(),
          Map.of("signOffDecision", decision, "signOffComments", "Signed off")))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
          .hasMessage("The review of 2045 is signed off or sent back by a signed-in member of the DCS group (dcs); nobody is signed in");
    }
    assertThat(pi).isWaitingAt("SignOff");
    assertThat(jdbc.queryForObject("select count(*) from wm_framework_review where review_year = 2045 and signed_off_by is null",
        Integer.class)).isOne();
    asDara(() -> engine.getTaskService().complete(signOff.getId(), Map.of("signOffDecision", "sendBack", "signOffComments", "Add a date to area 3")));
    assertThat(pi).isWaitingAt("SelfAssess");
    engine.getTaskService().complete(task(pi, "SelfAssess").getId(), assessment());
    engine.getTaskService().complete(task(pi, "CoReview").getId(), young);
    clockAt(2045, 4, 20);
    asDara(() -> engine.getTaskService().complete(task(pi, "SignOff").getId(), Map.of("signOffDecision", "approve", "signOffComments", "Signed off")));

    assertThat(pi).isWaitingAt("FollowUpAction", "ShareReport");
    assertThat(records.actions(2045)).extracting(ReviewRecords.Action::owner).containsExactlyInAnyOrder("cora", "hana");
    List<Task> followUps = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("FollowUpAction").listPage(0, 50);
    assertThat(followUps).extracting(Task::getAssignee).containsExactlyInAnyOrder("cora", "hana");
    // each due at 17:00 on the date its owner gave
    assertThat(followUps).filteredOn(t -> t.getAssignee().equals("cora")).extracting(Task::getDueDate).containsExactly(at(2045, 9, 30, 17, 0));
    assertThat(followUps).filteredOn(t -> t.getAssignee().equals("hana")).extracting(Task::getDueDate).containsExactly(at(2045, 12, 1, 17, 0));

    String[] report = records.report(2045).orElseThrow();
    String html = report[0];
    assertThat(html).contains("Participation framework review 2045")
        .contains("<svg").contains("Stages closed").contains("Young panellists per tender")
        .contains("Young people's share of the evaluation weight").contains("25.5%")
        .contains("group had disbanded over the summer")
        .contains("Ask us to help train them").contains("Train every commissioner in participation")
        .contains("Signed off by dara");
    // the published report shows the figures of the summary compiled at the start, not of the day it was published
    assertThat(html).contains("Records from 1 April 2044 to 31 March 2045")
        .contains("<td id=\"programmesRun\">3</td>").contains("<td id=\"stagesWithEvidence\">3 (75%)</td>")
        .contains("<td id=\"stagesByException\">1</td>").contains("<td id=\"feedbackOnTime\">2 of 4</td>")
        .contains("<td id=\"tenders\">2</td>").contains("<td id=\"inspectionsDone\">2</td>")
        .contains("<td id=\"lastYearActions\">2 of 3</td>")
        .doesNotContain("T45-C-").doesNotContain("T44-Z-").doesNotContain("Agreed just before").doesNotContain("Agreed on the day");
    assertThat(records.evidence(2045)).isEqualTo(e);
    assertThat(html.split("<svg", -1).length - 1).isEqualTo(5);
    byte[] pdf = Base64.getDecoder().decode(report[1]);
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Participation framework review 2045").contains("Ring-fence a participation budget");
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
    String reportUrl = (String) engine.getRuntimeService().getVariable(pi.getId(), "reportUrl");
    assertThat(reportUrl).endsWith("/withme/reviews/2045/report.pdf");
    var download = rest.withBasicAuth("dara", "dara").getForEntity("/withme/reviews/2045/report.pdf", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(rest.getForEntity("/withme/reviews/2045/report.html", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    for (Task t : followUps) {
      engine.getTaskService().complete(t.getId(), Map.of("actionDoneNote", "Done and evidenced"));
    }
    assertThat(records.actions(2045)).allMatch(ReviewRecords.Action::done);
    engine.getTaskService().complete(task(pi, "ShareReport").getId(), Map.of("reportSharedWith", "Youth council, staff briefing"));
    assertThat(pi).isEnded().hasPassed("ReviewCompleted");
  }

  /** The young people's comment on each of the ten key areas. */
  static Map<String, Object> youngComments() {
    Map<String, Object> v = new HashMap<>();
    for (int n = 1; n <= 10; n++) {
      v.put("area" + n + "Young", "What we think about key area " + n);
    }
    return v;
  }

  @Test
  void anEmptyCoReviewIsRefusedAndASendBackGivesTheDcsAFreshDueDate() {
    clockAt(2048, 4, 1);
    ProcessInstance pi = startByHand(2048);
    Map<String, Object> assessment = assessment();
    assessment.put("area1ByWhen", "2048-09-30");
    assessment.put("area3ByWhen", "2048-12-01");
    engine.getTaskService().complete(task(pi, "SelfAssess").getId(), assessment);

    // the young people say what they think of every key area: an empty co-review is refused, and so is one area left out
    String coReview = task(pi, "CoReview").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(coReview, Map.of()))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(area1Young) is required").hasMessageContaining("(area10Young) is required");
    Map<String, Object> oneLeftOut = youngComments();
    oneLeftOut.put("area7Young", " ");
    assertThatThrownBy(() -> engine.getTaskService().complete(coReview, oneLeftOut))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(area7Young) is required").hasMessageNotContaining("area1Young");
    assertThat(pi).isWaitingAt("CoReview");
    assertThat(jdbc.queryForObject("select count(*) from wm_review_area where review_year = 2048 and young_comment is not null",
        Integer.class)).isZero();
    engine.getTaskService().complete(coReview, youngComments());
    assertThat(jdbc.queryForObject("select count(*) from wm_review_area where review_year = 2048 and young_comment is not null",
        Integer.class)).isEqualTo(10);

    // due 21 days after the evidence was compiled; sent back on 20 April, the next sign-off is due 21 days after that
    Task signOff = task(pi, "SignOff");
    assertThat(signOff.getDueDate()).isEqualTo(at(2048, 4, 22, 10, 0));
    clockAt(2048, 4, 20);
    asDara(() -> engine.getTaskService().complete(signOff.getId(),
        Map.of("signOffDecision", "sendBack", "signOffComments", "Say who trains the commissioners")));
    assertThat(pi).isWaitingAt("SelfAssess");
    clockAt(2048, 4, 27);
    engine.getTaskService().complete(task(pi, "SelfAssess").getId(), assessment);
    engine.getTaskService().complete(task(pi, "CoReview").getId(), youngComments());
    Task again = task(pi, "SignOff");
    assertThat(again.getDueDate()).as("21 days after the send-back, not the first due date").isEqualTo(at(2048, 5, 11, 10, 0));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "signOffDue")).isEqualTo(at(2048, 5, 11, 10, 0));
  }

  @Test
  void startsByItselfEachYearAndOncePerYear() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("framework-review-schedule").timers().singleResult();
    assertThat(timer).isNotNull();
    clockAt(2046, 4, 1);
    engine.getManagementService().executeJob(timer.getId());
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("reviewYear", 2046).singleResult();
    assertThat(pi).isWaitingAt("SelfAssess");
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey("framework-review-schedule").timers().singleResult();
    assertThat(next.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(LocalDate.of(2047, 4, 1));

    assertThatThrownBy(() -> startByHand(2046)).isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("the review of 2046 exists already");

    // started by hand before 1 April: the timer then finds the year's review under way
    clockAt(2047, 3, 1);
    ProcessInstance byHand = startByHand(2047);
    assertThat(byHand).isWaitingAt("SelfAssess");
    clockAt(2047, 4, 1);
    engine.getManagementService().executeJob(next.getId());
    var ended = engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("ReviewAlreadyUnderWay").list();
    assertThat(ended).isNotEmpty();
    assertThat(jdbc.queryForObject("select count(*) from wm_framework_review where review_year = 2047", Integer.class)).isOne();
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }

  void asDara(Runnable work) {
    engine.getIdentityService().setAuthentication("dara", List.of("dcs"));
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void exception(String ref, String reason, String at) {
    jdbc.update("insert into wm_participation_exception (id, programme_reference, stage, reason, requested_by, requested_at, decision)"
        + " values (?, ?, 'plan', ?, 'cora', ?, 'approved')", UUID.randomUUID().toString(), ref, reason, ts(at));
  }

  static Timestamp ts(String iso) {
    return Timestamp.valueOf(LocalDateTime.parse(iso));
  }

  void programme(String ref, String at) {
    jdbc.update("insert into wm_programme (reference, title, service_area, cohort_age_from, cohort_age_to, influence_rung,"
        + " lundy_elements, process_instance_id, started_at) values (?, 'Test', 'review-test', 11, 18, 5, 'space', 'pi', ?)", ref, ts(at));
  }

  void gate(String ref, String point, String outcome, String at) {
    jdbc.update("insert into wm_gate_decision (id, process_instance_id, process_definition_key, business_key, gate_point, gate_kind,"
        + " outcome, decided_at) values (?, 'pi', 'commissioning-cycle', ?, ?, 'stage-evidence', ?, ?)",
        UUID.randomUUID().toString(), ref, point, outcome, ts(at));
  }

  void feedback(String ref, String due, String sent) {
    jdbc.update("insert into wm_feedback (id, programme_reference, stage, due_on, sent_on) values (?, ?, 'analyse', ?, ?)",
        UUID.randomUUID().toString(), ref, java.sql.Date.valueOf(due), sent == null ? null : java.sql.Date.valueOf(sent));
  }

  void tender(String ref, String programme, double share, String at, int young, int adults) {
    jdbc.update("insert into wm_tender (reference, programme_reference, service_area, regime, light_touch, young_weight_share,"
        + " process_instance_id, started_at) values (?, ?, 'review-test', 'PA2023', false, ?, 'pi', ?)", ref, programme, share, ts(at));
    for (int i = 0; i < young; i++) {
      jdbc.update("insert into wm_panel_member (id, tender_reference, user_id, young) values (?, ?, ?, true)", UUID.randomUUID().toString(), ref, "y" + i);
    }
    jdbc.update("insert into wm_panel_member (id, tender_reference, user_id, young, removed) values (?, ?, 'gone', true, true)", UUID.randomUUID().toString(), ref);
    for (int i = 0; i < adults; i++) {
      jdbc.update("insert into wm_panel_member (id, tender_reference, user_id, young) values (?, ?, ?, false)", UUID.randomUUID().toString(), ref, "a" + i);
    }
  }

  void inspection(String ref, String at) {
    jdbc.update("insert into wm_inspection (id, programme_reference, service_area, provider, completed_at, process_instance_id, started_at)"
        + " values (?, ?, 'review-test', 'Provider', ?, 'pi', ?)", UUID.randomUUID().toString(), ref, ts(at), ts(at));
  }
}
