package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/** Every path of the tender evaluation, driven through its tasks. */
@WithMeTest
class TenderEvaluationScenarioTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  TenderRun run;

  @BeforeEach
  void setUp() {
    init(engine);
    TenderRun.clockAt(2026, 12, 1);
    run = new TenderRun(engine, Programmes.newReference());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Every rule of the weight-split table, at the edge of the large-contract rule (ProcessCoverageGateIT checks each is matched). */
  @Test
  void theSuggestedQualityShareFollowsTheWeightSplitTable() {
    assertThat(qualityShare(true, 2_000_000.0)).isEqualTo(80);
    assertThat(qualityShare(false, 1_000_000.0)).isEqualTo(60);
    assertThat(qualityShare(false, 999_999.99)).isEqualTo(70);
    assertThat(qualityShare(false, 450_000.0)).isEqualTo(70);
  }

  int qualityShare(boolean lightTouch, double estimatedValue) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("tender-weight-split",
        Map.of("lightTouch", lightTouch, "estimatedValue", estimatedValue));
    return ((Number) result.getSingleResult().getEntry("qualityShare")).intValue();
  }

  @Test
  void normalAwardUnderTheProcurementActWaitsEightWorkingDaysAcrossChristmas() {
    run.start("PA2023", false).questionsAgreed();
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "youngWeightShare")).isEqualTo("42.00 %");
    assertThat(run.pi).hasBusinessKey(run.tender());
    run.panelRecorded("kai", "yasmin");
    assertThat(run.tasks("DeclareConflicts")).extracting(Task::getAssignee).containsExactly("cora", "kai", "yasmin");
    run.nobodyDeclares().published(true);
    assertThat(jdbc.queryForObject("select count(*) from wm_tender where reference = ? and questions_locked_at is not null",
        Integer.class, run.tender())).isOne();
    List<Task> scoring = run.tasks("ScoreBids");
    assertThat(scoring).extracting(Task::getAssignee).containsExactly("cora", "kai", "yasmin");
    // published on 1 December with a scoring deadline 14 days on: due 15 December at 17:00 London time
    java.util.Date deadline = java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 15, 17, 0, 0, 0, Standstill.LONDON).toInstant());
    assertThat(scoring).extracting(Task::getDueDate).containsOnly(deadline);
    assertThat(deployedForm(scoring.get(0))).contains("\"id\": \"score-bids\"");
    assertThat(deployedForm(scoring.get(2))).contains("\"id\": \"score-bids-easy-read\"");
    run.everyoneScores().moderated().interviewed();

    assertThat(run.pi).isWaitingAt("SignParticipationCharter");
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "preferredBidder")).isEqualTo("North Star Carers");
    assertThat(jdbc.queryForObject("select outcome from wm_gate_decision where business_key = ? and gate_point = 'tender-award'",
        String.class, run.tender())).isEqualTo("PASSED_WITH_EVIDENCE");

    TenderRun.clockAt(2026, 12, 21);
    run.charter(true);
    assertThat(run.pi).isWaitingAt("StandstillEnds");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.of(2027, 1, 5, 0, 0, 0, 0, Standstill.LONDON).toInstant());
    assertThat(jdbc.queryForObject("select summary_html from wm_tender_bid where tender_reference = ? and bidder = ?",
        String.class, run.tender(), "North Star Carers")).contains("Q1 How will young carers get a break?").contains("The panel agreed after discussion");
    engine.getManagementService().executeJob(timer.getId());

    run.awarded();
    assertThat(run.pi).isEnded().hasPassed("TenderCompleted", "RecordInterviews", "StandstillEnds");
    assertThat(run.historicVariable("tenderOutcome")).isEqualTo("awarded");
    assertThat(run.historicVariable("awardedBidder")).isEqualTo("North Star Carers");
    assertThat(run.historicVariable("contractReference")).isEqualTo("C-" + run.programme);
    assertThat(jdbc.queryForObject("select count(*) from wm_panel_member where tender_reference = ? and reward_sent_on is not null",
        Integer.class, run.tender())).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from wm_feedback where programme_reference = ? and stage = 'tender'",
        Integer.class, run.programme)).isOne();
    // the panellists' own scores stay beside the consensus
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ? and kind = 'written'",
        Integer.class, run.tender())).isEqualTo(2 * (2 + 2 + 2));
  }

  String deployedForm(Task t) {
    try (var in = engine.getFormService().getDeployedTaskForm(t.getId())) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDeclaredConflictIsMitigatedAndTheLightTouchContractHasNoStandstill() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin");
    List<Task> declarations = run.tasks("DeclareConflicts");
    engine.getTaskService().complete(declarations.get(0).getId(), Map.of("conflictDeclared", "no"));
    engine.getTaskService().complete(declarations.get(1).getId(),
        Map.of("conflictDeclared", "yes", "conflictDetails", "My cousin works at Harbour Youth Trust."));
    engine.getTaskService().complete(declarations.get(2).getId(), Map.of("conflictDeclared", "no"));

    assertThat(run.pi).isWaitingAt("MitigateConflicts");
    // the details are on procurement's task only, not on the process where panellists' tasks could read them
    assertThat((String) engine.getTaskService().getVariable(run.task("MitigateConflicts").getId(), "conflictSummary"))
        .contains("kai: My cousin");
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "conflictSummary")).isNull();
    run.complete("MitigateConflicts", Map.of("mitigation", "Kai stays; the cousin has no part in the bid and Kai says so at moderation."));
    assertThat(jdbc.queryForObject("select mitigation from wm_tender_conflict where tender_reference = ? and user_id = 'kai'",
        String.class, run.tender())).startsWith("Kai stays");

    run.published(false).everyoneScores().moderated().charter(true);
    assertThat(run.pi).isWaitingAt("AwardContract");
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "standstillRequired")).isEqualTo(false);
    run.awarded();
    assertThat(run.pi).isEnded().hasNotPassed("StandstillEnds", "RecordInterviews");
  }

  @Test
  void aRemovedPanellistLeavingTooFewYoungPanellistsSendsThePanelBackToBeRecruited() {
    run.start("PCR2015", false).questionsAgreed().panelRecorded("kai", "yasmin");
    for (Task t : run.tasks("DeclareConflicts")) {
      engine.getTaskService().complete(t.getId(), "kai".equals(t.getAssignee())
          ? Map.of("conflictDeclared", "yes", "conflictDetails", "My mum is a trustee of North Star Carers.")
          : Map.of("conflictDeclared", "no"));
    }
    assertThatThrownBy(() -> run.complete("MitigateConflicts", Map.of("removePanellists", "yasmin", "mitigation", "Remove the wrong one")))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("(removePanellists): yasmin has no open conflict");
    run.complete("MitigateConflicts", Map.of("removePanellists", "kai", "mitigation", "Kai steps down; the young carers choose another panellist."));

    assertThat(run.pi).isWaitingAt("RecruitPanel");
    assertThat(jdbc.queryForObject("select removed from wm_panel_member where tender_reference = ? and user_id = 'kai'",
        Boolean.class, run.tender())).isTrue();
    run.complete("RecruitPanel", Map.of("panel", TenderRun.json(TenderRun.panel("yasmin", "zara"))));
    assertThat(run.tasks("DeclareConflicts")).extracting(Task::getAssignee).containsExactly("cora", "yasmin", "zara");
    run.nobodyDeclares().published(false).everyoneScores().moderated().charter(true);

    // PCR 2015: ten days after 1 December 2026 is Friday 11 December, a working day
    assertThat(run.pi).isWaitingAt("StandstillEnds");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 12, 0, 0, 0, 0, Standstill.LONDON).toInstant());
  }

  @Test
  void tooFewYoungPanellistsAndMissingConsentAreRefusedAndNothingIsStored() {
    run.start("PA2023", true).questionsAgreed();
    assertThatThrownBy(() -> run.panelRecorded("yasmin"))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(panel.young): at least 2 young panellists are needed, not 1");
    List<Map<String, Object>> noConsent = List.of(TenderRun.young("yasmin", "14-15", false), TenderRun.young("kai", "16-17", true));
    assertThatThrownBy(() -> run.complete("RecruitPanel", Map.of("panel", TenderRun.json(noConsent))))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(panel[0].parentalConsent) is missing for yasmin, who is under 18");
    assertThat(run.pi).isWaitingAt("RecruitPanel");
    assertThat(jdbc.queryForObject("select count(*) from wm_panel_member where tender_reference = ?", Integer.class, run.tender()))
        .isZero();
  }

  @Test
  void weightsNotTotallingOneHundredAreRefused() {
    run.start("PA2023", true);
    run.complete("WriteYoungQuestions", Map.of("youngQuestions", "[]"));
    assertThatThrownBy(() -> run.complete("AgreeQuestionsAndWeights",
        Map.of("questions", TenderRun.json(TenderRun.questions(40, 40, 15)), "qualityShare", 70)))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("'Weight %' (weight) of the questions must total 100, not 95");
    assertThat(run.pi).isWaitingAt("AgreeQuestionsAndWeights");
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_question where tender_reference = ?", Integer.class, run.tender()))
        .isZero();
  }

  @Test
  void aScoreOutsideZeroToFiveOrWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    Task yasmin = run.tasks("ScoreBids").get(2);
    List<Map<String, Object>> sheet = Rows.of(run.filledSheet(yasmin, 4), "sheet");
    sheet.get(0).put("score", 7);
    sheet.get(1).put("reason", "");
    assertThatThrownBy(() -> engine.getTaskService().complete(yasmin.getId(), Map.of("scoreSheet", TenderRun.json(sheet))))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(scoreSheet[0].score)").hasMessageContaining("must be a whole number from 0 to 5, not '7'")
        .hasMessageContaining("(scoreSheet[1].reason)");
    assertThat(engine.getTaskService().createTaskQuery().taskId(yasmin.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ?", Integer.class, run.tender()))
        .isZero();
  }

  @Test
  void aModerationSheetCannotWidenThePanelsSpreadOrAgreeABidTwice() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores();
    Task t = run.task("ModerateScores");
    List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(t.getId(), "moderationSheet"), "sheet");
    for (Map<String, Object> r : sheet) {
      r.put("consensus", r.get("highest"));
      r.put("rationale", "The panel agreed after discussion");
      // a client widens the spread it sends back, so that a low score needs no reason
      r.put("lowest", 0);
      r.put("highest", 5);
    }
    Map<String, Object> northStar = sheet.stream().filter(r -> "North Star Carers".equals(r.get("bidder"))).findFirst().orElseThrow();
    northStar.put("consensus", 1);
    assertThatThrownBy(() -> engine.getTaskService().complete(t.getId(), Map.of("moderationSheet", TenderRun.json(sheet))))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("departureReason").hasMessageContaining("1 is more than 1 away from the panel's 4 to 4");

    northStar.put("consensus", 4);
    sheet.set(1, new java.util.LinkedHashMap<>(sheet.get(0)));
    assertThatThrownBy(() -> engine.getTaskService().complete(t.getId(), Map.of("moderationSheet", TenderRun.json(sheet))))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("a second time");
    assertThat(run.tasks("ModerateScores")).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_consensus where tender_reference = ?", Integer.class, run.tender()))
        .isZero();
  }

  @Test
  void scoringAgainSupersedesTheEarlierScoresAndKeepsThem(@Autowired TenderRecords records) {
    String tender = "T-" + Programmes.newReference();
    java.time.Instant first = java.time.Instant.parse("2027-01-10T10:00:00Z");
    records.replaceScores(tender, "kai", "written", List.of(new ScoreRow("North Star Carers", "Q1", 2, "Thin answer")), first);
    records.replaceScores(tender, "kai", "written", List.of(new ScoreRow("North Star Carers", "Q1", 4, "Read it again with my adult")),
        first.plusSeconds(86400));
    assertThat(records.writtenScores(tender)).singleElement().satisfies(r -> assertThat(r).containsEntry("SCORE", 4));
    assertThat(records.hasScore(tender, "kai", "North Star Carers", "Q1")).isTrue();
    assertThat(jdbc.queryForList("select score from wm_tender_score where tender_reference = ? and superseded_at is not null",
        Integer.class, tender)).as("the earlier score is kept").containsExactly(2);
  }

  @Test
  void aYoungPanellistsMissingScoresBlockTheAwardUntilTheyAreIn() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores();
    // Kai's scores are lost before moderation
    jdbc.update("delete from wm_tender_score where tender_reference = ? and user_id = 'kai'", run.tender());
    run.moderated();

    assertThat(run.pi).isWaitingAt("ReviewBlockedAward");
    assertThat((String) engine.getRuntimeService().getVariable(run.pi.getId(), "gateReason"))
        .contains("kai's score for Harbour Youth Trust, question Q1");
    assertThat(jdbc.queryForObject("select outcome from wm_gate_decision where business_key = ? and gate_point = 'tender-award'",
        String.class, run.tender())).isEqualTo("REFUSED");
    run.complete("ReviewBlockedAward", Map.of("blockedAwardNote", "Kai scores again with his supporting adult."));

    run.everyoneScores().moderated();
    assertThat(run.pi).isWaitingAt("SignParticipationCharter");
  }

  @Test
  void aRefusedCharterMovesToTheNextBidderAndWithNoneLeftToReTender() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores().moderated();
    run.charter(false);
    assertThat(run.pi).isWaitingAt("SignParticipationCharter");
    assertThat(engine.getRuntimeService().getVariable(run.pi.getId(), "preferredBidder")).isEqualTo("Harbour Youth Trust");
    assertThatThrownBy(() -> run.complete("SignParticipationCharter", Map.of("charterSigned", "yes")))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("(charterSignatory)");
    run.charter(false);

    assertThat(run.pi).isEnded().hasPassed("TenderCompleted").hasNotPassed("AwardContract");
    assertThat(run.historicVariable("tenderOutcome")).isEqualTo("retender");
    assertThat(jdbc.queryForObject("select outcome from wm_tender where reference = ?", String.class, run.tender()))
        .isEqualTo("retender");
  }

  @Test
  void aRefusedCharterThenASignedOneAwardsTheNextBidder() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores().moderated().charter(false).charter(true);
    run.awarded();
    assertThat(run.historicVariable("awardedBidder")).isEqualTo("Harbour Youth Trust");
  }

  @Test
  void aLightTouchContractWithAStandstillOptedInWaitsLikeTheProcurementAct() {
    var form = TenderRun.startForm(run.programme, "PA2023", true);
    form.put("standstillOptIn", true);
    run.pi = engine.getRuntimeService().startProcessInstanceByKey("tender-evaluation", form);
    run.questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false).everyoneScores().moderated();
    TenderRun.clockAt(2027, 3, 24);
    run.charter(true);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(ZonedDateTime.of(2027, 4, 7, 0, 0, 0, 0, Standstill.LONDON).toInstant());
  }

  /**
   * After a refused charter the most advantageous tender is the next-ranked bid with a signed charter (from the
   * records): each bidder is mailed its own summary beside that bid's, with the PDF attached, never another
   * bidder's price; when and to whom is recorded, and standstill counts from the last one sent.
   */
  @Test
  void everyBidderIsMailedItsAssessmentSummaryAndStandstillCountsFromTheLastOneSent(@Autowired GreenMail smtp) throws Exception {
    run.start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false)
        .everyoneScores().moderated().charter(false);
    TenderRun.clockAt(2026, 12, 21);
    run.charter(true);

    List<MimeMessage> mails = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).equals("Assessment summary: tender " + run.tender())).toList();
    assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("bids@north-star.example", "tenders@harbour.example");
    MimeMessage north = mails.stream().filter(m -> recipient(m).equals("bids@north-star.example")).findFirst().orElseThrow();
    assertThat(plainText(north.getContent())).contains("The most advantageous tender is the bid from Harbour Youth Trust")
        .contains("Q1 How will young carers get a break? (weight 40): your score 4 of 5.");
    byte[] pdf = pdf(north);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    List<Map<String, Object>> bids = jdbc.queryForList(
        "select bidder, summary_html, summary_sent_to, summary_sent_at from wm_tender_bid where tender_reference = ? order by bidder",
        run.tender());
    assertThat(bids).extracting(b -> b.get("summary_sent_to"))
        .containsExactly("tenders@harbour.example", "bids@north-star.example");
    assertThat(bids).allSatisfy(b -> assertThat(b.get("summary_sent_at")).isNotNull());
    String harbourHtml = (String) bids.get(0).get("summary_html");
    String northHtml = (String) bids.get(1).get("summary_html");
    assertThat(harbourHtml).contains("Your bid is the most advantageous tender").contains("£500,000.00").doesNotContain("400,000");
    assertThat(northHtml).contains("£400,000.00").doesNotContain("500,000").contains("Not disclosed");
    assertThat(engine.getRuntimeService().getVariables(run.pi.getId()).values())
        .noneMatch(v -> String.valueOf(v).contains("400000") || String.valueOf(v).contains("400,000"));

    // sent on Monday 21 December: eight working days beginning that day, Christmas and Boxing Day (observed) skipped
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(ZonedDateTime.of(2027, 1, 5, 0, 0, 0, 0, Standstill.LONDON).toInstant());
  }

  @Test
  void aBidWithoutAUsableContactAddressIsRefusedNamingTheField() {
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares();
    run.complete("PublishTender", Map.of("publishedOn", TenderRun.today().toString(), "scoringDueDate",
        TenderRun.today().plusDays(14).toString(), "interviewsPlanned", "no"));
    run.complete("RunDialogueDay", Map.of("dialogueDate", TenderRun.today().plusDays(3).toString(), "youngPresenter", "Yasmin",
        "presentationSummary", "What a good break looks like.", "clarifications", TenderRun.json(List.of())));
    Task bids = run.task("RegisterBids");
    assertThatThrownBy(() -> engine.getTaskService().complete(bids.getId(), Map.of("bids", TenderRun.json(List.of(
        TenderRun.row("bidder", "North Star Carers", "price", 400000, "documents", "DOC-1", "contactEmail", "north star at example"))))))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("Contact e-mail");
    assertThat(engine.getTaskService().createTaskQuery().taskId(bids.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_bid where tender_reference = ?", Integer.class, run.tender()))
        .isZero();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plainText(Object content) throws Exception {
    if (content instanceof String text) {
      return text;
    }
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
    for (int i = 0; i < parts.getCount(); i++) {
      jakarta.mail.BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        String text = plainText(part.getContent());
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static byte[] pdf(MimeMessage m) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) m.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      jakarta.mail.BodyPart part = parts.getBodyPart(i);
      if (part.getContentType().startsWith("application/pdf")) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no PDF attached");
  }
}
