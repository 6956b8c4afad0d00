package org.withme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.CalledProcesses;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * The commissioning cycle walked end to end in the real Tasklist, in Chromium: a commissioner
 * starts the programme from the start form, and every task of the four stages is done by a person
 * of its group, signed in as that person, filling the form by its labels and clicking Complete.
 * Analyse and Plan close on young people's engagement recorded by the participation officer (with
 * parents counted apart), Review on the Co-production Advisory Group's comments on performance with
 * its young members (ash), which the commissioner answers when deciding what happens next; the Do
 * stage closes on a participation exception asked for by the commissioner and
 * approved by the head of commissioning. On the way the commissioner sets a due date and a
 * follow-up date and adds a comment from the task header.
 *
 * <p>The called tender and Young Inspectors' visit are walked by their own browser tests; here they
 * are finished through the engine with their results (CalledProcesses), as no person of this
 * process does them.
 */
@WithMeTest
class CommissioningCycleWalkTest {

  static final String TITLE = "Young carers' breaks 2027";
  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  String reference;
  ProcessInstance pi;
  Tasklist tasklist;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void everyTaskOfTheFourStagesIsDoneByItsOwnPeopleInTheTasklist() {
    long startedAt = System.nanoTime();
    reference = Programmes.newReference();
    tasklist = Tasklist.at(rest.getRootUri(), engine).signIn("cora");
    String today = LocalDate.now().format(UK);

    // cora proposes the programme from the Tasklist's start form
    tasklist.startForm("Commissioning cycle")
        .write("Programme title", TITLE)
        .write("Programme reference", reference)
        .select("Service area", "Young carers")
        .write("Youngest age", "8")
        .write("Oldest age", "18")
        .pick("Groups of young people", "Young carers")
        .write("Estimated contract value", "450000")
        .pick("Level of influence", "6 Adult-initiated")
        .pick("What the programme commits to", "Space")
        .pick("What the programme commits to", "Voice")
        .pick("What the programme commits to", "Audience")
        .pick("What the programme commits to", "Influence");
    pi = tasklist.start("commissioning-cycle", reference, "cycle-start-programme");

    // ---- Analyse: the commissioner's work, then young people take part
    Task check = task("AnalyseCheckIntelligence");
    tasklist.mainScreen("commissioners");
    checkIntelligence(check, true, "analyse");
    Task needs = task("AnalyseAssessNeeds");
    tasklist.open(needs, reference, TITLE).quiet();
    // staff who manage the work set the dates and comment from the task header (a formRef task)
    LocalDate due = tasklist.setTaskDate(needs, "Set due date", 14);
    LocalDate followUp = tasklist.setTaskDate(needs, "Set follow-up date", 7);
    tasklist.addComment(needs, "Waiting for the school nurses' figures before I finish this.");
    Task dated = engine.getTaskService().createTaskQuery().taskId(needs.getId()).singleResult();
    assertThat(localDate(dated.getDueDate())).isEqualTo(due);
    assertThat(localDate(dated.getFollowUpDate())).isEqualTo(followUp);
    assertThat(engine.getTaskService().getTaskComments(needs.getId())).singleElement()
        .satisfies(c -> assertThat(c.getUserId()).isEqualTo("cora"));
    tasklist.write("Needs assessment", "About 600 young carers live here, a third not known to any service.")
        .write("Commissioning intention", "A young carers' service with regular breaks and a voice in schools.")
        .complete(needs, "cycle-analyse-assess-needs");
    Task considerations = task("AnalyseConsiderations");
    tasklist.open(considerations, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("Considerations")).contains("Environment and sustainability");
    tasklist.write("Answers", "Local venues on bus routes\nOpen to every young carer\nDBS checks and a named lead\n"
        + "Local staff\nA youth board")
        .complete(considerations, "cycle-analyse-answer-considerations");
    engageYoungPeople("analyse", true);
    assertStageClosed("AnalyseStage");

    // ---- Plan: the specification reviewed by young people, the options ranked by them
    tasklist.signIn("cora");
    checkIntelligence(task("PlanCheckIntelligence"), true, "plan");
    Task draft = task("PlanDraftSpecification");
    tasklist.open(draft, reference, TITLE).quiet()
        .write("Draft specification", "Weekly breaks, one-to-one support and awareness sessions in schools.")
        .complete(draft, "cycle-plan-draft-specification");
    tasklist.signIn("pat");
    Task review = task("PlanReviewSpecification");
    tasklist.open(review, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("Draft specification")).contains("Weekly breaks");
    tasklist.date("Date of the session", today)
        .write("Young people under 11", "0")
        .write("Young people aged 11 to 15", "4")
        .write("Young people aged 16 to 18", "1")
        .write("Young people aged 19 to 25", "0")
        .pick("Groups represented", "Young carers")
        .write("What young people changed", "They added evening sessions and outcomes in their own words.")
        .pick("Is another review session needed?", "No")
        .complete(review, "cycle-plan-review-specification");
    tasklist.signIn("cora");
    Task options = task("PlanOptionAppraisal");
    tasklist.open(options, reference, TITLE).quiet()
        .write("Options", "In-house; one provider; two lots")
        .write("How young people ranked", "One provider first, then two lots, then in-house")
        .write("Option chosen", "One provider")
        .write("How young people's ranking shaped", "We chose the option young people ranked first over the cheaper one.")
        .complete(options, "cycle-plan-option-appraisal");
    engageYoungPeople("plan", false);
    assertStageClosed("PlanStage");

    // ---- Do: no new engagement, so the gate stops and an exception is asked for and decided
    tasklist.signIn("cora");
    checkIntelligence(task("DoCheckIntelligence"), false, "do");
    Task delivery = task("DoDecideDelivery");
    tasklist.open(delivery, reference, TITLE).quiet()
        .pick("Re-procure or decommission?", "Re-procure")
        .select("Procurement rules", "Procurement Act 2023")
        .check("Light-touch contract")
        .write("Reason", "The contract ends in March and young people want the service to continue.")
        .complete(delivery, "cycle-do-decide-delivery");
    finishCalled("DoTenderEvaluation", "TenderCompleted", Map.of("tenderOutcome", "awarded",
        "awardedBidder", "Harbour Youth Trust", "contractReference", "C-" + reference));
    Task ask = task("DoRequestException");
    tasklist.open(ask, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("What the participation gate found")).contains("No engagement evidence");
    tasklist.write("Reason", "Young people scored the bids in the tender of this stage; asking them again now would tire them.")
        .complete(ask, "cycle-do-ask-participation-exception");
    tasklist.signIn("hana");
    Task decide = task("DoDecideException");
    tasklist.mainScreen("head-of-commissioning");
    tasklist.open(decide, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("Asked by")).isEqualTo("Cora Whitfield");
    assertThat(tasklist.readOnly("Their reason")).contains("scored the bids");
    tasklist.pick("Decision", "Approve")
        .write("Why", "Reasonable: young people took part in the tender of this very stage.")
        .complete(decide, "cycle-do-decide-participation-exception");
    assertStageClosed("DoStage");
    assertThat(jdbc.queryForObject("select count(*) from wm_gate_decision where business_key = ? and gate_point = 'do' and outcome = ?",
        Integer.class, reference, "PASSED_BY_EXCEPTION")).isOne();

    // ---- Review: the young person's seat at monitoring, the Young Inspectors, the advisory group on
    // performance (its young members' comments close the stage: no separate engagement), young people evaluate
    tasklist.signIn("cora");
    checkIntelligence(task("ReviewCheckIntelligence"), false, "review", "The advisory group's young members comment on the service.");
    Task meeting = task("ReviewMonitoringMeeting");
    tasklist.open(meeting, reference, TITLE).quiet()
        .date("Date of the meeting", today)
        .pick("Was the young person's seat filled?", "Yes")
        .pick("How old is the young person in the seat?", "16 to 18")
        .write("What the young person said", "The evening sessions should start at six, after tea.")
        .write("What the meeting found", "Waiting lists are down and evening sessions are full.")
        .pick("Is another monitoring meeting due", "No")
        .complete(meeting, "cycle-review-contract-monitoring-meeting");
    finishCalled("ReviewYouthInspection", "InspectionCompleted", Map.of("inspectionId", "INS-" + reference,
        "inspectionGapCount", 2L));
    tasklist.signIn("ash");
    Task advise = task("ReviewAdvisoryComments");
    tasklist.open(advise, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("How the service is doing")).contains("the young person's seat was filled at 1 of them")
        .contains("Young Inspectors: 2 point(s)");
    tasklist.date("Date the group met", today)
        .write("Young members under 11", "0")
        .write("Young members aged 11 to 15", "2")
        .write("Young members aged 16 to 18", "3")
        .write("Young members aged 19 to 25", "0")
        .write("Professionals and other adult members", "4")
        .write("Parents, carers or family members", "1")
        .pick("Groups the young members belong to", "Young carers")
        .write("What the group thinks", "Evening sessions work well; the waiting list is still too long.")
        .write("What the group wants to change", "Keep the evening sessions and add a Saturday drop-in.")
        .complete(advise, "cycle-review-advisory-group-comments");
    // the Review stage's participation records: the filled seat at monitoring (cora) and the advisory group's young members (ash)
    assertThat(jdbc.queryForList("select participants_total || ' ' || parents_carers || ' ' || recorded_by from wm_engagement_evidence"
        + " where programme_reference = ? and stage = 'review'", String.class, reference))
        .containsExactlyInAnyOrder("1 0 cora", "5 1 ash");
    tasklist.signIn("pat");
    Task evaluate = task("ReviewEvaluateEngagement");
    tasklist.open(evaluate, reference, TITLE).quiet()
        .write("How many young people answered", "9")
        .write("How listened to did they feel?", "4")
        .pick("Did they hear what changed because of them?", "Yes")
        .pick("Would they take part again?", "Yes")
        .write("Their comments", "More snacks, and the bus fare paid.")
        .complete(evaluate, "cycle-review-evaluate-engagement");
    assertStageClosed("ReviewStage");

    // ---- after the review: the commissioner extends the contract
    tasklist.signIn("cora");
    Task next = task("DecideNextStep");
    tasklist.open(next, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("What the Co-production Advisory Group said"))
        .contains("5 young member(s), 4 adult member(s), 1 parent(s) or carer(s)").contains("Saturday drop-in");
    tasklist.pick("What happens next?", "Extend the contract")
        .write("Why", "The review and the young people say the service works.")
        .write("Your answer to the advisory group", "We keep the evening sessions and ask the provider to cost a Saturday drop-in.")
        .complete(next, "cycle-decide-next-step");
    assertThat(jdbc.queryForObject("select answered_by from wm_advisory_comment where programme_reference = ?",
        String.class, reference)).isEqualTo("cora");
    Task extension = task("RecordExtension");
    tasklist.open(extension, reference, TITLE).quiet()
        .date("Extended until", LocalDate.now().plusYears(1).format(UK))
        .write("Reason, and what young people said", "One more year; young people asked to keep the evening sessions.")
        .complete(extension, "cycle-record-extension");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId()).isEqualTo("ContractExtended");
    assertThat(jdbc.queryForList("select gate_point from wm_gate_decision where business_key = ?"
        + " and outcome in ('PASSED_WITH_EVIDENCE', 'PASSED_BY_EXCEPTION') order by decided_at", String.class, reference))
        .containsExactly("analyse", "plan", "do", "review");
    System.out.printf("Commissioning cycle walked in the browser in %d s%n", (System.nanoTime() - startedAt) / 1_000_000_000);
  }

  /** Check existing intelligence, as the signed-in commissioner. */
  void checkIntelligence(Task check, boolean newEngagement, String stage) {
    checkIntelligence(check, newEngagement, stage, newEngagement ? "Nothing is recorded for this stage yet."
        : "Young people scored the bids in this stage's tender.");
  }

  void checkIntelligence(Task check, boolean newEngagement, String stage, String why) {
    tasklist.open(check, reference, TITLE).quiet();
    tasklist.pick("Is new engagement needed?", newEngagement ? "Yes" : "No").write("Why?", why);
    tasklist.complete(check, "cycle-" + stage + "-check-existing-intelligence");
  }

  /** The participation officer plans and runs the engagement and tells young people what changed. */
  void engageYoungPeople(String stage, boolean showMainScreen) {
    String today = LocalDate.now().format(UK);
    String prefix = Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
    tasklist.signIn("pat");
    Task plan = task(prefix + "PlanEngagement");
    if (showMainScreen) {
      tasklist.mainScreen("participation-officers");
    }
    tasklist.open(plan, reference, TITLE).quiet();
    assertThat(tasklist.shows("What the head of commissioning asked")).as("no instruction, no empty box").isFalse();
    tasklist.select("How will young people take part?", "Workshop")
        .write("Accessibility adjustments", "An accessible room, Easy Read cards and a buddy to write answers down.")
        .pick("Is consent from a parent or carer needed?", "No")
        .date("Planned date", today)
        .complete(plan, "cycle-" + stage + "-plan-engagement");
    Task run = task(prefix + "RunEngagement");
    tasklist.open(run, reference, TITLE).quiet()
        .select("How young people took part", "Workshop")
        .date("Date", today)
        .write("Young people under 11", "0")
        .write("Young people aged 11 to 15", "3")
        .write("Young people aged 16 to 18", "2")
        .write("Young people aged 19 to 25", "0")
        .write("Parents, carers or family members", "2")
        .pick("Groups represented", "Young carers")
        .write("What they said", "We want sessions after school and someone to talk to who knows about caring.")
        .pick("Did an adult write answers down", "No")
        .complete(run, "cycle-" + stage + "-run-engagement");
    Task feedback = task(prefix + "Feedback");
    tasklist.open(feedback, reference, TITLE).quiet();
    assertThat(tasklist.readOnly("What they said")).contains("someone to talk to");
    tasklist.write("You said, we did", "You said after school; we asked for sessions until 7pm.")
        .select("How the feedback reached them", "At a session")
        .complete(feedback, "cycle-" + stage + "-you-said-we-did");
  }

  Task task(String activityId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).list();
    assertThat(tasks).as("the next step, " + activityId).hasSize(1);
    return tasks.get(0);
  }

  void assertStageClosed(String stage) {
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(stage).finished().count()).as(stage + " closed").isOne();
  }

  /** A called process walked by its own browser test: finished here with its result. */
  void finishCalled(String callActivity, String endEvent, Map<String, Object> result) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(called).as(callActivity).isNotNull();
    CalledProcesses.finish(engine, called.getId(), endEvent, new HashMap<>(result));
  }

  static LocalDate localDate(java.util.Date date) {
    return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
