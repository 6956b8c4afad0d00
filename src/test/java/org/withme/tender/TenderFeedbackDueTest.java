package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.CommissioningProperties;
import org.withme.commissioning.WorkingDays;
import org.withme.review.Evidence;
import org.withme.review.ReviewRecords;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/**
 * Issue 12, item 3: the panel's feedback is owed from the award, due after the working days any
 * engagement's feedback has, and the annual review counts it late when it was sent late (it was
 * stored due on the day it was sent, so always "on time").
 */
@WithMeTest
class TenderFeedbackDueTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewRecords reviews;
  @Autowired CommissioningProperties properties;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void lateFeedbackToThePanelIsCountedLateInTheAnnualReview() {
    // the review of 2059 counts 1 April 2058 to 31 March 2059; every record here sits inside it
    LocalDate reviewStart = LocalDate.of(2059, 4, 1);
    TenderRun.clockAt(2058, 5, 1);
    TenderRun run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin").nobodyDeclares().published(false);
    run.everyoneScores().moderated().charter(true);
    Job standstill = engine.getManagementService().createJobQuery().processInstanceId(run.pi.getId()).timers().singleResult();
    TenderRun.clockAt(2058, 6, 2);
    engine.getManagementService().executeJob(standstill.getId());
    Evidence before = reviews.evidence(2059, reviewStart);

    run.complete("AwardContract", Map.of("contractReference", "C-" + run.programme));
    LocalDate due = WorkingDays.add(LocalDate.of(2058, 6, 2), properties.feedbackWorkingDays());
    assertThat(jdbc.queryForObject("select due_on from wm_feedback where programme_reference = ? and stage = 'tender'"
        + " and sent_on is null", java.sql.Date.class, run.programme).toLocalDate()).isEqualTo(due);
    Evidence owed = reviews.evidence(2059, reviewStart);
    assertThat(owed.feedbackOutstanding()).isEqualTo(before.feedbackOutstanding() + 1);

    TenderRun.clockAt(2058, 8, 3); // well past the due date
    Task tell = run.task("TellThePanel");
    engine.getTaskService().complete(tell.getId(), Map.of("panelFeedback", "Your questions carried 42 % of the mark."));
    assertThat(jdbc.queryForList("select due_on, sent_on from wm_feedback where programme_reference = ? and stage = 'tender'",
        run.programme)).singleElement().satisfies(row -> {
          assertThat(((java.sql.Date) row.get("DUE_ON")).toLocalDate()).isEqualTo(due);
          assertThat(((java.sql.Date) row.get("SENT_ON")).toLocalDate()).isEqualTo(LocalDate.of(2058, 8, 3));
        });
    Evidence after = reviews.evidence(2059, reviewStart);
    assertThat(after.feedbackLate()).as("late").isEqualTo(before.feedbackLate() + 1);
    assertThat(after.feedbackOnTime()).as("on time").isEqualTo(before.feedbackOnTime());
    assertThat(after.feedbackOutstanding()).as("outstanding").isEqualTo(before.feedbackOutstanding());
  }
}
