package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.participation.ParticipationRecords;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/**
 * One participation record: a tender panel's scoring by young panellists is written once to the
 * participation record, for the stage the programme is in by its stage record, so the stage gate
 * counts it without a separate engagement being entered.
 */
@WithMeTest
class TenderParticipationRecordTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipationRecords records;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void youngPanellistsScoringCountsAsEvidenceOfTheProgrammesDoStage() {
    String programme = Programmes.newReference();
    Instant doEntered = Instant.now().minusSeconds(3600);
    jdbc.update("insert into wm_stage_entry (id, process_instance_id, programme_reference, stage, seq, entered_at) values (?, ?, ?, 'do', 3, ?)",
        UUID.randomUUID().toString(), "cycle-of-" + programme, programme, Timestamp.from(doEntered));
    assertThat(records.evidenceSince(programme, "do", doEntered)).as("before the panel scored").isZero();

    TenderRun run = new TenderRun(engine, programme).start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin")
        .nobodyDeclares().published(false).everyoneScores();
    assertThat(records.evidenceSince(programme, "do", doEntered)).as("scored, not yet moderated and counted").isZero();
    run.moderated();

    assertThat(records.evidenceSince(programme, "do", doEntered)).as("the Do gate's evidence").isOne();
    Map<String, Object> row = jdbc.queryForMap("select * from wm_engagement_evidence where programme_reference = ?", programme);
    assertThat(row).containsEntry("STAGE", "do").containsEntry("PARTICIPANTS_TOTAL", 2).containsEntry("AGE_BANDS", "16-17: 2")
        .containsEntry("METHOD", "Tender panel: young panellists scored the bids").containsEntry("SERVICE_AREA", "young-carers");
    assertThat(row.get("WHAT_THEY_SAID").toString()).contains(run.tender()).contains("How will young carers get a break?")
        .doesNotContain("kai").doesNotContain("yasmin");
  }

  @Test
  void aTenderOutsideAProgrammesStageKeepsItsOwnStageCode() {
    String programme = Programmes.newReference();
    new TenderRun(engine, programme).start("PA2023", false).questionsAgreed().panelRecorded("kai", "yasmin")
        .nobodyDeclares().published(false).everyoneScores().moderated();
    List<String> stages = jdbc.queryForList("select stage from wm_engagement_evidence where programme_reference = ?", String.class, programme);
    assertThat(stages).containsExactly("tender");
  }
}
