package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Browser;
import org.withme.support.Programmes;
import org.withme.support.Tasklist;
import org.withme.support.WithMeTest;

/**
 * The tender evaluation's forms that the main walk (TenderWalkTest) does not reach, done by procurement
 * in the Tasklist in Chromium: mitigating a declared conflict, recording the interviews, and resolving
 * an award the participation gate blocked. The steps before them are driven through the engine
 * (TenderRun), as the main walk does them in the browser; a young panellist's lost scores are what no
 * person does on purpose, so they are removed from the records directly.
 */
@WithMeTest
class TenderOtherPathsWalkTest {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertThat(Browser.installed()).as("Chromium and ChromeDriver (scripts/ensure-chromium.sh installs them)").isTrue();
  }

  @Test
  void procurementMitigatesAConflictRecordsTheInterviewsAndResolvesABlockedAward() {
    TenderRun run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", true).questionsAgreed().panelRecorded("kai", "yasmin");
    String tender = run.tender();
    String title = (String) engine.getRuntimeService().getVariable(run.pi.getId(), "programmeTitle");
    for (Task t : run.tasks("DeclareConflicts")) {
      engine.getTaskService().complete(t.getId(), "kai".equals(t.getAssignee())
          ? Map.of("conflictDeclared", "yes", "conflictDetails", "My cousin works at Harbour Youth Trust.")
          : Map.of("conflictDeclared", "no"));
    }

    Tasklist tasklist = Tasklist.at(rest.getRootUri(), engine).signIn("priya");
    Task mitigate = run.task("MitigateConflicts");
    tasklist.open(mitigate, tender, title).quiet();
    assertThat(tasklist.readOnly("Conflicts declared")).contains("kai: My cousin works at Harbour Youth Trust.");
    tasklist.write("Mitigation", "Kai stays: the cousin has no part in the bid, and Kai says so at moderation.")
        .complete(mitigate, "tender-other-mitigate-conflicts");
    assertThat(jdbc.queryForObject("select mitigation from wm_tender_conflict where tender_reference = ? and user_id = 'kai'",
        String.class, tender)).startsWith("Kai stays");

    run.published(true).everyoneScores();
    // kai's scores are lost before moderation: the gate before the award will find them missing
    jdbc.update("delete from wm_tender_score where tender_reference = ? and user_id = 'kai'", tender);
    run.moderated();

    Task interviews = run.task("RecordInterviews");
    tasklist.open(interviews, tender, title).quiet();
    tasklist.date("Interview day", TenderRun.today().format(UK))
        .write("Who sat on the interview panel", "Yasmin, Kai and Cora");
    List<WebElement> rows = tasklist.rows("Interview scores");
    assertThat(rows).hasSize(2);
    tasklist.typeIn(rows.get(0), "Bidder", "North Star Carers");
    tasklist.typeIn(rows.get(0), "Score", "4");
    tasklist.typeIn(rows.get(0), "Reason", "Warm and clear about breaks after school.");
    tasklist.typeIn(rows.get(1), "Bidder", "Harbour Youth Trust");
    tasklist.typeIn(rows.get(1), "Score", "3");
    tasklist.typeIn(rows.get(1), "Reason", "Less specific about who young carers would meet.");
    tasklist.complete(interviews, "tender-other-record-interviews");
    assertThat(jdbc.queryForObject("select count(*) from wm_tender_score where tender_reference = ? and kind = 'interview'",
        Integer.class, tender)).isEqualTo(2);

    assertThat(run.pi).isWaitingAt("ReviewBlockedAward");
    Task blocked = run.task("ReviewBlockedAward");
    tasklist.open(blocked, tender, title).quiet();
    assertThat(tasklist.readOnly("Why the award is blocked")).contains("kai's score for Harbour Youth Trust");
    tasklist.write("What you arranged", "Kai scores again on Tuesday with his supporting adult.")
        .complete(blocked, "tender-other-resolve-blocked-award");
    assertThat(run.tasks("ScoreBids")).as("the panel scores again").isNotEmpty();
  }
}
