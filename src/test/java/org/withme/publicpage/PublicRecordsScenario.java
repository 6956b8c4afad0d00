package org.withme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.withme.review.ReviewRecords;
import org.withme.support.Programmes;
import org.withme.tender.PanelMember;
import org.withme.tender.ScoreRow;
import org.withme.tender.TenderRecords;

/**
 * Records for the public page's tests, made the way WithMe makes them: programmes through the
 * commissioning cycle's Analyse stage (the participation officer records the engagement and sends
 * "you said, we did"), a tender's bids, scores, charter and award and a signed framework review
 * through their records classes. Every value a visitor must never see is distinctive, so a test
 * can look for it in the page.
 */
final class PublicRecordsScenario {

  static final String PRICE_WINNER = "98765.43";
  static final String PRICE_OTHER = "87654.32";
  static final String SCORE_REASON = "Strong plan for evening sessions, Q-PUBLIC-7";
  static final String SUPPORTING_ADULT = "Morgan Quillfeather";
  static final String CHARTER_SIGNATORY = "Rowan Tillbury";
  static final String WHAT_THEY_SAID = "Sessions after school, and Imogen Pellow said the bus never comes";

  final ProcessEngine engine;
  final TenderRecords tenders;
  final ReviewRecords reviews;
  /** A service area no other test uses, so these records never enter another test's existing intelligence. */
  final String serviceArea = "children-in-care";
  /** The programmes started, ended by {@link #endProgrammes()} so their (future-dated) tasks leave no one's task list crowded. */
  final List<String> started = new java.util.ArrayList<>();

  PublicRecordsScenario(ProcessEngine engine, TenderRecords tenders, ReviewRecords reviews) {
    this.engine = engine;
    this.tenders = tenders;
    this.reviews = reviews;
  }

  /**
   * Moves the engine's clock a year past the newest feedback and programme on record (any test's, whatever
   * order the tests ran in), so this test's items are the newest on the page and in the feed.
   */
  static void clockAheadOfEveryRecord(ProcessEngine engine) {
    ClockUtil.reset();
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    java.time.LocalDate newest = java.time.LocalDate.now();
    for (String sql : List.of("select max(sent_on) from wm_feedback", "select max(due_on) from wm_feedback",
        "select max(cast(started_at as date)) from wm_programme")) {
      java.sql.Date d = jdbc.queryForObject(sql, java.sql.Date.class);
      if (d != null && d.toLocalDate().isAfter(newest)) {
        newest = d.toLocalDate();
      }
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(), newest) + 366;
    ClockUtil.offset(java.time.Duration.ofDays(days).toMillis());
  }

  /** A programme whose Analyse stage closed with young people's evidence and feedback sent; it waits in the Plan stage. */
  ProcessInstance analyseClosed(String reference, String title, int aged11to15, int aged16to18, String feedbackSummary) {
    Map<String, Object> start = Programmes.startForm(reference);
    start.put("programmeTitle", title);
    start.put("serviceArea", serviceArea);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", reference, start);
    started.add(pi.getId());
    complete(pi, "AnalyseCheckIntelligence", Map.of("newEngagementNeeded", "yes", "newEngagementReason", "Nothing recorded on this stage yet."));
    complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers, a third not known to services.",
        "commissioningIntention", "A young carers' service with respite and a voice in schools."));
    complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers",
        "Local venues on bus routes\nOpen to every young carer\nDBS checks and a named lead\nLocal staff\nA youth board"));
    complete(pi, "AnalysePlanEngagement", Map.of("engagementMethodPlanned", "workshop",
        "accessibilityAdjustments", "Accessible room, Easy Read cards, a buddy to write answers down",
        "consentNeeded", "yes", "engagementPlannedFor", "2027-03-01"));
    Map<String, Object> evidence = new HashMap<>();
    // an early date: the existing intelligence of the service area lists it last
    evidence.put("engagedOn", "2020-01-15");
    evidence.put("engagementMethod", "workshop");
    evidence.put("participantsUnder11", 0L);
    evidence.put("participants11to15", (long) aged11to15);
    evidence.put("participants16to18", (long) aged16to18);
    evidence.put("participants19to25", 0L);
    evidence.put("groupsRepresented", Variables.objectValue(List.of("young-carers")).serializationDataFormat("application/json").create());
    evidence.put("whatTheySaid", WHAT_THEY_SAID);
    evidence.put("buddyRecorded", "no");
    evidence.put("consentRecorded", "yes");
    complete(pi, "AnalyseRunEngagement", evidence);
    complete(pi, "AnalyseFeedback", Map.of("feedbackSummary", feedbackSummary, "feedbackChannel", "session"));
    assertThat(open(pi, "PlanCheckIntelligence")).as("the Analyse stage closed and the Plan stage began").isNotNull();
    return pi;
  }

  /** A programme whose Analyse stage closed by an exception cora asked for and hana agreed; it waits in the Plan stage. */
  ProcessInstance analyseClosedByException(String reference, String title) {
    Map<String, Object> start = Programmes.startForm(reference);
    start.put("programmeTitle", title);
    start.put("serviceArea", serviceArea);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", reference, start);
    started.add(pi.getId());
    complete(pi, "AnalyseCheckIntelligence", Map.of("newEngagementNeeded", "no", "newEngagementReason", "Young people told us enough last month."));
    complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers, a third not known to services.",
        "commissioningIntention", "A young carers' service with respite and a voice in schools."));
    complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers",
        "Local venues on bus routes\nOpen to every young carer\nDBS checks and a named lead\nLocal staff\nA youth board"));
    completeAs(pi, "AnalyseRequestException", "cora", Map.of("exceptionReason", EXCEPTION_REASON));
    completeAs(pi, "AnalyseDecideException", "hana", Map.of("exceptionDecision", "approve", "exceptionDecisionReason", "Reasonable: they were heard recently."));
    assertThat(open(pi, "PlanCheckIntelligence")).as("the Analyse stage closed by exception").isNotNull();
    return pi;
  }

  static final String EXCEPTION_REASON = "The service closes in two weeks; Pat Ellison asked the young people in May.";

  void completeAs(ProcessInstance pi, String activityId, String user, Map<String, Object> values) {
    Task task = open(pi, activityId);
    assertThat(task).as("open task " + activityId).isNotNull();
    engine.getTaskService().setAssignee(task.getId(), user);
    engine.getTaskService().complete(task.getId(), values);
  }

  /** The programme's tender: two bids with prices, a young panellist's scores, both bidders signed the charter, one awarded. */
  void tenderAwarded(String programme, String processInstanceId, String winner, String other) {
    String tender = "T-" + programme;
    Instant now = ClockUtil.getCurrentTime().toInstant();
    tenders.insertTender(tender, programme, serviceArea, "PA2023", true, processInstanceId, now);
    tenders.insertBid(tender, winner, new BigDecimal(PRICE_WINNER), "bid.pdf", "bids@winner.example");
    tenders.insertBid(tender, other, new BigDecimal(PRICE_OTHER), "bid.pdf", "bids@other.example");
    tenders.replacePanel(tender, List.of(new PanelMember("yasmin", true, "16-17", true, true, true, SUPPORTING_ADULT, true, "cinema voucher")));
    tenders.replaceScores(tender, "yasmin", "written", List.of(new ScoreRow(winner, "Q1", 4, SCORE_REASON),
        new ScoreRow(other, "Q1", 2, "Less about evenings")), now);
    LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
    // the other bidder was preferred first and signed, then lost the award: it must not be named
    tenders.charter(tender, other, "signed", "Someone at the other bidder", today, null);
    tenders.charter(tender, winner, "signed", CHARTER_SIGNATORY, today, null);
    tenders.award(tender, winner, "C-" + programme, now);
  }

  /** A framework review of {@code year}, signed off by dara, with its report saved. */
  void reviewSigned(int year) {
    Timestamp at = new Timestamp(ClockUtil.getCurrentTime().getTime());
    reviews.open(year, "review-" + year, "dara", at);
    reviews.saveEvidence(year, "{\"year\":" + year + ",\"programmesRun\":4,\"stagesWithEvidence\":11,\"stagesByException\":1,"
        + "\"feedbackOnTime\":9,\"feedbackLate\":2,\"feedbackOutstanding\":0,\"inspectionsDone\":2,\"youngPeopleTookPart\":3}");
    reviews.signOff(year, "dara", at, "Signed by Dara Fenwick.");
    reviews.saveReport(year, "<html><body>Signed off by dara</body></html>",
        Base64.getEncoder().encodeToString("%PDF-1.4".getBytes()), at);
  }

  /** Ends the programmes this scenario started (their records stay). */
  void endProgrammes() {
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "public page test finished");
      }
    }
    started.clear();
  }

  Task open(ProcessInstance pi, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  void complete(ProcessInstance pi, String activityId, Map<String, Object> values) {
    Task task = open(pi, activityId);
    assertThat(task).as("open task " + activityId).isNotNull();
    engine.getTaskService().complete(task.getId(), values);
  }
}
