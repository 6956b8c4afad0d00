package org.withme.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.review.Evidence;
import org.withme.review.ReviewRecords;
import org.withme.support.Programmes;

/**
 * Erasure on request and the retention clean-up on the real schema: personal data goes, the
 * annual review's figures stay the same, tender records inside their statutory period are kept.
 */
abstract class PrivacyScenarios {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final LocalDate REVIEW_START = LocalDate.of(2026, 4, 1);

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired Erasure erasure;
  @Autowired RetentionCleanUp cleanUp;
  @Autowired ReviewRecords review;
  @Autowired TestRestTemplate rest;

  @Test
  void erasureRemovesAYoungPersonsDataLeavesTheReviewsFiguresAndKeepsALiveTendersRecords() {
    String zara = "zara-" + Programmes.newReference().toLowerCase();
    youngPerson(zara, "zara@example.org");
    String area = "young-carers";
    String programme = Programmes.newReference();
    jdbc.update("""
        insert into wm_engagement_evidence (id, programme_reference, service_area, stage, engaged_on, method,
          participants_total, age_bands, groups_represented, what_they_said, buddy_recorded, recorded_by, recorded_at)
        values (?, ?, ?, 'analyse', ?, 'workshop', 6, '11-15: 6', 'young-carers', 'More evening sessions.', false, ?, ?)""",
        id(), programme, area, Date.valueOf(LocalDate.of(2026, 6, 1)), zara, Timestamp.from(NOW.minusSeconds(86400 * 180)));
    String inspection = id();
    jdbc.update("insert into wm_young_inspector (user_id, display_name, age_band, last_trained_on, refresher_due_on, active, updated_at)"
        + " values (?, 'Zara T', '11-15', ?, ?, true, ?)", zara, Date.valueOf(LocalDate.of(2026, 3, 1)),
        Date.valueOf(LocalDate.of(2027, 3, 1)), Timestamp.from(NOW));
    jdbc.update("insert into wm_inspection_feedback (id, inspection_id, user_id, reward_choice, rating, comments, recorded_at)"
        + " values (?, ?, ?, 'voucher', 5, 'I liked asking the manager questions. My school is Hillside.', ?)", id(), inspection, zara,
        Timestamp.from(NOW.minusSeconds(86400 * 30)));
    jdbc.update("insert into wm_reminder_mail (id, task_id, reminder_point, due_at, recipient, subject, text_body, status, created_at)"
        + " values (?, ?, 'due', ?, 'zara@example.org', 'Score the bids', 'Hello Zara', 'sent', ?)", id(), id(),
        Timestamp.from(NOW), Timestamp.from(NOW.minusSeconds(86400)));
    String liveTender = tender(NOW.minusSeconds(86400 * 60), zara);
    String oldTender = tender(NOW.minusSeconds(86400L * 365 * 4), zara);
    Evidence before = review.evidence(2027, REVIEW_START);

    Erasure.Report report = erasure.erase(zara, "dpo", "Request of 2 December 2026, ref DP-114", NOW);

    assertThat(review.evidence(2027, REVIEW_START)).as("the review's figures").isEqualTo(before);
    assertThat(identity.createUserQuery().userId(zara).count()).as("the account").isZero();
    assertThat(identity.createGroupQuery().groupMember(zara).count()).isZero();
    for (PersonalData.UserColumn c : PersonalData.RECORDS) {
      assertThat(count("select count(*) from " + c.table() + " where " + c.column() + " = ?", zara)).as(c.toString()).isZero();
    }
    assertThat(jdbc.queryForObject("select what_they_said from wm_engagement_evidence where programme_reference = ?", String.class,
        programme)).as("what young people said, no name in it, stays for the figures").isEqualTo("More evening sessions.");
    assertThat(jdbc.queryForObject("select recorded_by from wm_engagement_evidence where programme_reference = ?", String.class,
        programme)).isEqualTo(report.pseudonym());
    assertThat(jdbc.queryForObject("select display_name from wm_young_inspector where user_id = ?", String.class, report.pseudonym()))
        .isEqualTo("Erased");
    assertThat(jdbc.queryForList("select comments from wm_inspection_feedback where inspection_id = ?", String.class, inspection))
        .containsExactly((String) null);
    assertThat(count("select count(*) from wm_reminder_mail where recipient = 'zara@example.org'")).isZero();
    assertThat(count("select count(*) from wm_tender_score where tender_reference = ? and user_id = ?", liveTender, zara))
        .as("a tender awarded two months ago keeps its evaluation record").isEqualTo(1);
    assertThat(count("select count(*) from wm_tender_score where tender_reference = ? and user_id = ?", oldTender, report.pseudonym()))
        .as("a tender past its retention period is pseudonymised").isEqualTo(1);
    assertThat(report.rowsKept()).isEqualTo(3);
    assertThat(report.keptNote()).contains("kept unchanged until 2029-").contains("Procurement Act 2023 s.98");
    Map<String, Object> audit = jdbc.queryForMap("select * from wm_erasure where pseudonym = ?", report.pseudonym());
    assertThat(audit.toString()).contains("DP-114").contains("dpo").doesNotContain(zara);
  }

  @Test
  void theRetentionCleanUpRemovesOldPersonalDataAndKeepsTheCounts() {
    String kai = "kai-" + Programmes.newReference().toLowerCase();
    String oldProgramme = Programmes.newReference();
    String newProgramme = Programmes.newReference();
    evidence(oldProgramme, LocalDate.of(2019, 5, 1), kai);
    evidence(newProgramme, LocalDate.of(2026, 5, 1), kai);
    String oldTender = tender(NOW.minusSeconds(86400L * 365 * 4), kai);
    String liveTender = tender(NOW.minusSeconds(86400 * 60), kai);
    jdbc.update("insert into wm_reminder_mail (id, task_id, reminder_point, due_at, recipient, subject, text_body, status, created_at)"
        + " values (?, ?, 'due', ?, 'kai@example.org', 'Score the bids', 'Hello Kai', 'sent', ?)", id(), id(),
        Timestamp.from(NOW), Timestamp.from(NOW.minusSeconds(86400L * 400)));
    String left = "lee-" + Programmes.newReference().toLowerCase();
    jdbc.update("insert into wm_young_inspector (user_id, display_name, age_band, last_trained_on, refresher_due_on, active, updated_at)"
        + " values (?, 'Lee P', '16-17', ?, ?, false, ?)", left, Date.valueOf(LocalDate.of(2024, 3, 1)),
        Date.valueOf(LocalDate.of(2025, 3, 1)), Timestamp.from(NOW.minusSeconds(86400L * 500)));
    Evidence before = review.evidence(2020, LocalDate.of(2020, 4, 1));
    int oldParticipants = count("select participants_total from wm_engagement_evidence where programme_reference = ?", oldProgramme);

    Map<String, Integer> done = cleanUp.run(NOW);

    assertThat(done.get("engagement-text")).isPositive();
    assertThat(jdbc.queryForMap("select what_they_said, recorded_by, participants_total from wm_engagement_evidence"
        + " where programme_reference = ?", oldProgramme)).containsEntry("what_they_said", RetentionRules.REMOVED_TEXT)
        .containsEntry("recorded_by", null);
    assertThat(count("select participants_total from wm_engagement_evidence where programme_reference = ?", oldProgramme))
        .isEqualTo(oldParticipants);
    assertThat(jdbc.queryForObject("select what_they_said from wm_engagement_evidence where programme_reference = ?", String.class,
        newProgramme)).as("inside its period").isEqualTo("More evening sessions.");
    assertThat(review.evidence(2020, LocalDate.of(2020, 4, 1))).as("the figures of the 2020 review").isEqualTo(before);

    List<String> oldTenderPeople = jdbc.queryForList("select user_id from wm_tender_score where tender_reference = ?"
        + " union select user_id from wm_panel_member where tender_reference = ?"
        + " union select user_id from wm_tender_conflict where tender_reference = ?", String.class, oldTender, oldTender, oldTender);
    assertThat(oldTenderPeople).as("one pseudonym, the same in the tender's score, panel and declaration").hasSize(1)
        .allMatch(RetentionRules::isPseudonym);
    assertThat(jdbc.queryForObject("select details from wm_tender_conflict where tender_reference = ?", String.class, oldTender)).isNull();
    assertThat(jdbc.queryForObject("select score from wm_tender_score where tender_reference = ?", Integer.class, oldTender))
        .as("the score itself stays").isEqualTo(4);
    assertThat(count("select count(*) from wm_tender_score where tender_reference = ? and user_id = ?", liveTender, kai)).isEqualTo(1);
    assertThat(count("select count(*) from wm_reminder_mail where recipient = 'kai@example.org'")).isZero();
    assertThat(count("select count(*) from wm_young_inspector where user_id = ?", left)).isZero();
    assertThat(count("select count(*) from wm_young_inspector where display_name = 'Erased' and age_band = '16-17'")).isPositive();

    Map<String, Integer> again = cleanUp.run(NOW);
    assertThat(again.values()).as("a second run finds nothing left to clean").allMatch(n -> n == 0);
    assertThat(count("select count(*) from wm_retention_run where ran_at = ?", Timestamp.from(NOW))).isGreaterThanOrEqualTo(2 * done.size());
  }

  @Test
  void onlyAnAdministratorMayAskForAnErasureAndABadRequestIsNamed() {
    String dpo = "dpo-" + Programmes.newReference().toLowerCase();
    User user = identity.newUser(dpo);
    user.setPassword("Correct-Horse-Battery-7");
    user.setFirstName("Data");
    user.setLastName("Officer");
    identity.saveUser(user);
    identity.createMembership(dpo, Groups.CAMUNDA_ADMIN);
    String ash = "ash-" + Programmes.newReference().toLowerCase();
    youngPerson(ash, null);
    try {
      assertThat(post(null, null, "{\"userId\":\"" + ash + "\",\"reason\":\"request\"}").getStatusCode().value()).isEqualTo(401);
      assertThat(post("cora", "cora", "{\"userId\":\"" + ash + "\",\"reason\":\"request\"}").getStatusCode().value()).isEqualTo(403);
      ResponseEntity<String> noReason = post(dpo, "Correct-Horse-Battery-7", "{\"userId\":\"" + ash + "\"}");
      assertThat(noReason.getStatusCode().value()).isEqualTo(400);
      assertThat(noReason.getBody()).contains("Say why the data is erased");
      ResponseEntity<String> broken = post(dpo, "Correct-Horse-Battery-7", "{\"userId\":");
      assertThat(broken.getStatusCode().value()).isEqualTo(400);
      assertThat(broken.getBody()).doesNotContain("Exception").doesNotContain("com.fasterxml");
      assertThat(identity.createUserQuery().userId(ash).count()).as("nothing erased by a refused request").isOne();

      ResponseEntity<String> done = post(dpo, "Correct-Horse-Battery-7", "{\"userId\":\"" + ash + "\",\"reason\":\"Request DP-200\"}");
      assertThat(done.getStatusCode().value()).isEqualTo(200);
      assertThat(done.getBody()).contains("\"pseudonym\":\"erased-");
      assertThat(identity.createUserQuery().userId(ash).count()).isZero();
    } finally {
      identity.deleteUser(dpo);
    }
  }

  private ResponseEntity<String> post(String user, String password, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
    return client.postForEntity("/withme/privacy/erasures", new HttpEntity<>(body, headers), String.class);
  }

  private void youngPerson(String userId, String email) {
    User user = identity.newUser(userId);
    user.setFirstName("Zara");
    user.setLastName("(young person)");
    user.setEmail(email);
    user.setPassword("Another-Long-Passphrase-9");
    identity.saveUser(user);
    identity.createMembership(userId, "young-panellists");
  }

  private void evidence(String programme, LocalDate on, String by) {
    jdbc.update("""
        insert into wm_engagement_evidence (id, programme_reference, service_area, stage, engaged_on, method,
          participants_total, age_bands, groups_represented, what_they_said, buddy_recorded, recorded_by, recorded_at)
        values (?, ?, 'youth-activities', 'plan', ?, 'workshop', 7, '11-15: 7', 'young-carers', 'More evening sessions.', false, ?, ?)""",
        id(), programme, Date.valueOf(on), by, Timestamp.valueOf(on.atStartOfDay()));
  }

  /** A tender awarded at {@code awardedAt} on which {@code panellist} sat, scored and declared a conflict. */
  private String tender(Instant awardedAt, String panellist) {
    String reference = Programmes.newReference();
    jdbc.update("insert into wm_tender (reference, regime, light_touch, process_instance_id, started_at, awarded_at)"
        + " values (?, 'PA2023', true, ?, ?, ?)", reference, id(), Timestamp.from(awardedAt.minusSeconds(86400 * 90)), Timestamp.from(awardedAt));
    jdbc.update("insert into wm_panel_member (id, tender_reference, user_id, young, age_band, removed) values (?, ?, ?, true, '11-15', false)",
        id(), reference, panellist);
    jdbc.update("insert into wm_tender_score (id, tender_reference, user_id, kind, bidder, question_id, score, reason, scored_at)"
        + " values (?, ?, ?, 'bid', 'Bidder A', 'Q1', 4, 'They listen to young carers.', ?)", id(), reference, panellist, Timestamp.from(awardedAt));
    jdbc.update("insert into wm_tender_conflict (id, tender_reference, user_id, declared, details, declared_at)"
        + " values (?, ?, ?, true, 'My aunt works for Bidder B.', ?)", id(), reference, panellist, Timestamp.from(awardedAt));
    return reference;
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneId.systemDefault());
  }
}
