package org.withme.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** WithMe's records of each inspection, written in the engine's transaction. */
@Repository
public class InspectionRecords {

  public static final String INSPECTORS = "inspectors";
  public static final String MANAGER = "manager";

  private final JdbcTemplate jdbc;

  public InspectionRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String id, String programmeReference, String programmeTitle, String serviceArea, String provider,
      String contractReference, int scaleMax, int gapThreshold, String processInstanceId, Instant at) {
    jdbc.update("""
        insert into wm_inspection (id, programme_reference, programme_title, service_area, provider, contract_reference,
          scale_max, gap_threshold, process_instance_id, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, programmeReference, programmeTitle, serviceArea, provider, contractReference, scaleMax, gapThreshold,
        processInstanceId, Timestamp.from(at));
  }

  public void assign(String inspectionId, List<YoungInspector> inspectors, LocalDate today, int consentAge) {
    jdbc.update("delete from wm_inspection_inspector where inspection_id = ?", inspectionId);
    for (YoungInspector i : inspectors) {
      jdbc.update("insert into wm_inspection_inspector (inspection_id, user_id, needs_consent) values (?, ?, ?)",
          inspectionId, i.userId(), i.needsConsent(consentAge));
    }
  }

  public void storeTool(String inspectionId, List<String> questions, String inspectorsInput) {
    jdbc.update("delete from wm_inspection_question where inspection_id = ?", inspectionId);
    for (int i = 0; i < questions.size(); i++) {
      jdbc.update("insert into wm_inspection_question (inspection_id, position, question) values (?, ?, ?)",
          inspectionId, i + 1, questions.get(i));
    }
    jdbc.update("update wm_inspection set tool_inspectors_input = ? where id = ?", inspectorsInput, inspectionId);
  }

  public List<String> questions(String inspectionId) {
    return jdbc.queryForList("select question from wm_inspection_question where inspection_id = ? order by position",
        String.class, inspectionId);
  }

  public int scaleMax(String inspectionId) {
    return jdbc.queryForObject("select scale_max from wm_inspection where id = ?", Integer.class, inspectionId);
  }

  public int gapThreshold(String inspectionId) {
    return jdbc.queryForObject("select gap_threshold from wm_inspection where id = ?", Integer.class, inspectionId);
  }

  public void scheduleVisit(String inspectionId, LocalDate visitDate, String supportingAdult, boolean consent) {
    jdbc.update("update wm_inspection set visited_on = ?, supporting_adult = ?, parental_consent = ? where id = ?",
        Date.valueOf(visitDate), supportingAdult, consent, inspectionId);
  }

  public void storeAnswer(String inspectionId, int position, String viewpoint, int score, String comment, String by, Instant at) {
    jdbc.update("delete from wm_inspection_answer where inspection_id = ? and position = ? and viewpoint = ?",
        inspectionId, position, viewpoint);
    jdbc.update("""
        insert into wm_inspection_answer (inspection_id, position, viewpoint, score, comment_text, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""", inspectionId, position, viewpoint, score, comment, by, Timestamp.from(at));
  }

  /** One assigned inspector's own answer to one question, kept as they recorded it. */
  public void storeInspectorAnswer(String inspectionId, String userId, int position, int score, String comment, String by,
      Instant at) {
    jdbc.update("delete from wm_inspection_inspector_answer where inspection_id = ? and user_id = ? and position = ?",
        inspectionId, userId, position);
    jdbc.update("""
        insert into wm_inspection_inspector_answer (inspection_id, user_id, position, score, comment_text, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""", inspectionId, userId, position, score, comment, by, Timestamp.from(at));
  }

  /** Each assigned inspector's own answers, by user id, then position (in user id order). */
  public Map<String, Map<Integer, InspectionComparison.Answer>> inspectorAnswers(String inspectionId) {
    Map<String, Map<Integer, InspectionComparison.Answer>> answers = new LinkedHashMap<>();
    jdbc.query("""
        select user_id, position, score, comment_text from wm_inspection_inspector_answer
        where inspection_id = ? order by user_id, position""",
        rs -> {
          answers.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(rs.getInt(2), new InspectionComparison.Answer(rs.getInt(3), rs.getString(4)));
        }, inspectionId);
    return answers;
  }

  public Map<Integer, Integer> scores(String inspectionId, String viewpoint) {
    Map<Integer, Integer> scores = new LinkedHashMap<>();
    jdbc.query("select position, score from wm_inspection_answer where inspection_id = ? and viewpoint = ? order by position",
        rs -> {
          scores.put(rs.getInt(1), rs.getInt(2));
        }, inspectionId, viewpoint);
    return scores;
  }

  public void markGaps(String inspectionId, List<InspectionComparison.Row> rows) {
    for (InspectionComparison.Row r : rows) {
      jdbc.update("update wm_inspection_answer set gap = ? where inspection_id = ? and position = ?", r.gap(), inspectionId,
          r.position());
    }
    jdbc.update("update wm_inspection set gap_count = ? where id = ?", InspectionComparison.gapCount(rows), inspectionId);
  }

  public void storeReport(String inspectionId, String findingsSummary, List<String> recommendations) {
    jdbc.update("update wm_inspection set findings_summary = ? where id = ?", findingsSummary, inspectionId);
    jdbc.update("delete from wm_inspection_recommendation where inspection_id = ?", inspectionId);
    for (int i = 0; i < recommendations.size(); i++) {
      jdbc.update("insert into wm_inspection_recommendation (inspection_id, position, recommendation, status) values (?, ?, ?, 'unanswered')",
          inspectionId, i + 1, recommendations.get(i));
    }
  }

  public void answerRecommendation(String inspectionId, InspectionRules.Response r) {
    boolean accepted = "accepted".equals(r.answer());
    LocalDate due = accepted ? InspectionRules.date(r.actionDate()) : null;
    jdbc.update("""
        update wm_inspection_recommendation set response = ?, action_text = ?, action_due_on = ?, decline_reason = ?, status = ?
        where inspection_id = ? and position = ?""",
        r.answer(), accepted ? r.action() : null, due == null ? null : Date.valueOf(due),
        accepted ? null : r.declineReason(), accepted ? "open" : "declined", inspectionId, r.position());
  }

  public void actionDone(String inspectionId, int position, LocalDate on) {
    jdbc.update("update wm_inspection_recommendation set status = 'done', done_on = ? where inspection_id = ? and position = ? and status = 'open'",
        Date.valueOf(on), inspectionId, position);
  }

  /** Open actions: position to the action and its date. */
  public Map<Integer, String[]> openActions(String inspectionId) {
    Map<Integer, String[]> open = new LinkedHashMap<>();
    jdbc.query("select position, action_text, action_due_on from wm_inspection_recommendation where inspection_id = ? and status = 'open' order by position",
        rs -> {
          open.put(rs.getInt(1), new String[] {rs.getString(2), rs.getDate(3).toLocalDate().toString()});
        }, inspectionId);
    return open;
  }

  public Map<Integer, String> responses(String inspectionId) {
    Map<Integer, String> responses = new LinkedHashMap<>();
    jdbc.query("select position, response from wm_inspection_recommendation where inspection_id = ? order by position",
        rs -> {
          responses.put(rs.getInt(1), rs.getString(2));
        }, inspectionId);
    return responses;
  }

  public void youSaidWeDid(String inspectionId, String text) {
    jdbc.update("update wm_inspection set you_said_we_did = ? where id = ?", text, inspectionId);
  }

  public void feedback(String inspectionId, String userId, String reward, int rating, String comments, Instant at) {
    jdbc.update("""
        insert into wm_inspection_feedback (id, inspection_id, user_id, reward_choice, rating, comments, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), inspectionId, userId, reward, rating, comments,
        Timestamp.from(at));
  }

  public void complete(String inspectionId, Instant at) {
    jdbc.update("update wm_inspection set completed_at = ? where id = ?", Timestamp.from(at), inspectionId);
  }

  /**
   * The agreed findings in the participation record: existing intelligence for the service area,
   * and evidence of {@code stage} (the programme's open stage, or 'inspection' when it has none).
   */
  public void writeEvidence(String programmeReference, String serviceArea, String stage, LocalDate engagedOn, int participants,
      String ageBands, String whatTheySaid, String by, Instant at) {
    jdbc.update("""
        insert into wm_engagement_evidence (id, programme_reference, service_area, stage, engaged_on, method,
          participants_total, age_bands, groups_represented, what_they_said, buddy_recorded, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, 'Young Inspectors visit', ?, ?, ?, ?, false, ?, ?)""",
        UUID.randomUUID().toString(), programmeReference, serviceArea, stage, Date.valueOf(engagedOn), participants, ageBands,
        "Young Inspectors", whatTheySaid, by, Timestamp.from(at));
  }

}
