package org.withme.tender;

import java.math.BigDecimal;
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

/** WithMe's records of a tender, written in the engine's transaction. */
@Repository
public class TenderRecords {

  private final JdbcTemplate jdbc;

  public TenderRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public int countForProgramme(String programmeReference) {
    return jdbc.queryForObject("select count(*) from wm_tender where programme_reference = ?", Integer.class,
        programmeReference);
  }

  public void insertTender(String reference, String programmeReference, String serviceArea, String regime,
      boolean lightTouch, String processInstanceId, Instant at) {
    jdbc.update("""
        insert into wm_tender (reference, programme_reference, service_area, regime, light_touch, process_instance_id,
          started_at) values (?, ?, ?, ?, ?, ?, ?)""",
        reference, programmeReference, serviceArea, regime, lightTouch, processInstanceId, Timestamp.from(at));
  }

  // --- questions

  public void replaceQuestions(String tender, List<Question> questions, int qualityShare, BigDecimal youngShare) {
    Integer locked = jdbc.queryForObject(
        "select count(*) from wm_tender where reference = ? and questions_locked_at is not null", Integer.class, tender);
    if (locked != null && locked > 0) {
      throw new IllegalStateException("The questions of tender " + tender + " are locked: the tender is published");
    }
    jdbc.update("delete from wm_tender_question where tender_reference = ?", tender);
    for (Question q : questions) {
      jdbc.update("""
          insert into wm_tender_question (tender_reference, question_id, question_text, weight, author, scored_by)
          values (?, ?, ?, ?, ?, ?)""", tender, q.id(), q.text(), q.weight(), q.author(), q.scoredBy());
    }
    jdbc.update("update wm_tender set quality_share = ?, young_weight_share = ? where reference = ?",
        qualityShare, youngShare, tender);
  }

  public List<Question> questions(String tender) {
    return jdbc.query("""
        select question_id, question_text, weight, author, scored_by from wm_tender_question
        where tender_reference = ? order by question_id""",
        (rs, i) -> new Question(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5)),
        tender);
  }

  public int qualityShare(String tender) {
    return jdbc.queryForObject("select quality_share from wm_tender where reference = ?", Integer.class, tender);
  }

  public void publish(String tender, Instant at) {
    jdbc.update("update wm_tender set published_at = ?, questions_locked_at = ? where reference = ?",
        Timestamp.from(at), Timestamp.from(at), tender);
  }

  // --- panel

  /** Replaces the panellists still on the panel; removed ones stay on record. */
  public void replacePanel(String tender, List<PanelMember> panel) {
    jdbc.update("delete from wm_panel_member where tender_reference = ? and removed = false", tender);
    for (PanelMember m : panel) {
      jdbc.update("""
          insert into wm_panel_member (id, tender_reference, user_id, young, age_band, removed, parental_consent,
            training_done, confidentiality_signed, supporting_adult, supporting_adult_dbs_checked, reward)
          values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?)""",
          UUID.randomUUID().toString(), tender, m.userId(), m.young(), m.young() ? m.ageBand() : null,
          m.parentalConsent(), m.trainingDone(), m.confidentialitySigned(), m.supportingAdult(),
          m.supportingAdultDbsChecked(), m.reward());
    }
  }

  public List<String> activeMembers(String tender) {
    return jdbc.queryForList("""
        select user_id from wm_panel_member where tender_reference = ? and removed = false order by young desc, user_id""",
        String.class, tender);
  }

  public List<String> youngMembers(String tender) {
    return jdbc.queryForList("""
        select user_id from wm_panel_member where tender_reference = ? and removed = false and young = true
        order by user_id""", String.class, tender);
  }

  /** The programme a tender serves (its own reference if it has none), its service area and the programme's cohort groups. */
  public String[] programmeOf(String tender) {
    return jdbc.query("""
        select coalesce(t.programme_reference, t.reference), coalesce(t.service_area, p.service_area), p.cohort_groups
        from wm_tender t left join wm_programme p on p.reference = t.programme_reference where t.reference = ?""",
        rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : new String[] {tender, null, null},
        tender);
  }

  /** The young panellists' age bands with how many in each, e.g. "11-15: 2, 16-17: 1". */
  public String youngAgeBands(String tender) {
    List<String> bands = jdbc.queryForList("""
        select coalesce(age_band, 'not recorded') || ': ' || count(*) from wm_panel_member
        where tender_reference = ? and removed = false and young = true group by age_band order by age_band""",
        String.class, tender);
    return bands.isEmpty() ? "not recorded" : String.join(", ", bands);
  }

  public boolean isYoung(String tender, String userId) {
    Integer n = jdbc.queryForObject("""
        select count(*) from wm_panel_member where tender_reference = ? and user_id = ? and young = true
        and removed = false""", Integer.class, tender, userId);
    return n != null && n > 0;
  }

  public String rewardOf(String tender, String userId) {
    List<String> r = jdbc.queryForList("""
        select reward from wm_panel_member where tender_reference = ? and user_id = ? and removed = false""",
        String.class, tender, userId);
    return r.isEmpty() ? null : r.get(0);
  }

  public void removeMember(String tender, String userId, String reason) {
    jdbc.update("""
        update wm_panel_member set removed = true, removed_reason = ? where tender_reference = ? and user_id = ?
        and removed = false""", reason, tender, userId);
  }

  public void rewardSent(String tender, String userId, LocalDate on) {
    jdbc.update("""
        update wm_panel_member set reward_sent_on = ? where tender_reference = ? and user_id = ? and removed = false""",
        Date.valueOf(on), tender, userId);
  }

  // --- conflicts

  public void declare(String tender, String userId, boolean declared, String details, Instant at) {
    jdbc.update("""
        insert into wm_tender_conflict (id, tender_reference, user_id, declared, details, declared_at)
        values (?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), tender, userId, declared, details, Timestamp.from(at));
  }

  /** Panellists on the panel with a declared conflict not yet mitigated, and what they declared. */
  public Map<String, String> openConflicts(String tender) {
    Map<String, String> open = new LinkedHashMap<>();
    jdbc.query("""
        select c.user_id, c.details from wm_tender_conflict c join wm_panel_member m
          on m.tender_reference = c.tender_reference and m.user_id = c.user_id and m.removed = false
        where c.tender_reference = ? and c.declared = true and c.mitigated_at is null order by c.user_id""",
        rs -> {
          open.put(rs.getString(1), rs.getString(2));
        }, tender);
    return open;
  }

  public void mitigate(String tender, String mitigation, String by, Instant at) {
    jdbc.update("""
        update wm_tender_conflict set mitigation = ?, mitigated_by = ?, mitigated_at = ?
        where tender_reference = ? and declared = true and mitigated_at is null""",
        mitigation, by, Timestamp.from(at), tender);
  }

  /** Panellists on the panel who have not declared (the conflicts assessment is incomplete without them). */
  public List<String> undeclared(String tender) {
    return jdbc.queryForList("""
        select m.user_id from wm_panel_member m where m.tender_reference = ? and m.removed = false
        and not exists (select 1 from wm_tender_conflict c where c.tender_reference = m.tender_reference
          and c.user_id = m.user_id)""", String.class, tender);
  }

  // --- dialogue day

  public void dialogueDay(String tender, LocalDate on, String presenter, String summary) {
    jdbc.update("update wm_tender set dialogue_on = ?, young_presenter = ?, presentation_summary = ? where reference = ?",
        Date.valueOf(on), presenter, summary, tender);
  }

  public void clarification(String tender, String question, String answer, String by, Instant at) {
    jdbc.update("""
        insert into wm_tender_clarification (id, tender_reference, question, answer, logged_by, logged_at)
        values (?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), tender, question, answer, by, Timestamp.from(at));
  }

  // --- bids

  public void insertBid(String tender, String bidder, BigDecimal price, String documents, String contactEmail) {
    jdbc.update("insert into wm_tender_bid (tender_reference, bidder, price, documents, contact_email) values (?, ?, ?, ?, ?)",
        tender, bidder, price, documents, contactEmail);
  }

  /** One bid as the assessment summaries read it: its price, points, rank, charter and contact. */
  public record Bid(String bidder, BigDecimal price, BigDecimal qualityPoints, BigDecimal pricePoints, BigDecimal total,
      Integer ranking, String charterStatus, String contactEmail) {}

  /** The bids in rank order. */
  public List<Bid> bids(String tender) {
    return jdbc.query("""
        select bidder, price, quality_points, price_points, total_points, ranking, charter_status, contact_email
        from wm_tender_bid where tender_reference = ? order by ranking, bidder""",
        (rs, n) -> new Bid(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5), (Integer) rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8)), tender);
  }

  /** The summary as sent to the bidder's contact, and when. */
  public void summarySent(String tender, String bidder, String html, String to, Instant at) {
    jdbc.update("""
        update wm_tender_bid set summary_html = ?, summary_sent_to = ?, summary_sent_at = ?
        where tender_reference = ? and bidder = ?""", html, to, Timestamp.from(at), tender, bidder);
  }

  /** When the last assessment summary of the tender was sent, if any was. */
  public java.util.Optional<Instant> lastSummarySent(String tender) {
    Timestamp at = jdbc.queryForObject("select max(summary_sent_at) from wm_tender_bid where tender_reference = ?",
        Timestamp.class, tender);
    return java.util.Optional.ofNullable(at).map(Timestamp::toInstant);
  }

  public List<String> bidders(String tender) {
    return jdbc.queryForList("select bidder from wm_tender_bid where tender_reference = ? order by bidder",
        String.class, tender);
  }

  /** Where each bid can be read (a reference or a link), by bidder; never the price. */
  public Map<String, String> documents(String tender) {
    Map<String, String> documents = new LinkedHashMap<>();
    jdbc.query("select bidder, documents from wm_tender_bid where tender_reference = ? order by bidder",
        rs -> {
          documents.put(rs.getString(1), rs.getString(2));
        }, tender);
    return documents;
  }

  public Map<String, BigDecimal> prices(String tender) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    jdbc.query("select bidder, price from wm_tender_bid where tender_reference = ? order by bidder",
        rs -> {
          prices.put(rs.getString(1), rs.getBigDecimal(2));
        }, tender);
    return prices;
  }

  public void ranked(String tender, TenderRanking.Result r) {
    jdbc.update("""
        update wm_tender_bid set quality_points = ?, price_points = ?, total_points = ?, ranking = ?
        where tender_reference = ? and bidder = ?""",
        r.qualityPoints(), r.pricePoints(), r.total(), r.rank(), tender, r.bidder());
  }

  /** Bidders by rank whose charter has not been refused. */
  public List<String> biddersInRankOrder(String tender) {
    return jdbc.queryForList("""
        select bidder from wm_tender_bid where tender_reference = ? and (charter_status is null or charter_status <> 'refused')
        order by ranking""", String.class, tender);
  }

  public void charter(String tender, String bidder, String status, String signatory, LocalDate signedOn, String note) {
    jdbc.update("""
        update wm_tender_bid set charter_status = ?, charter_signatory = ?, charter_signed_on = ?, charter_note = ?
        where tender_reference = ? and bidder = ?""",
        status, signatory, signedOn == null ? null : Date.valueOf(signedOn), note, tender, bidder);
  }

  // --- scores

  public void replaceScores(String tender, String userId, String kind, List<ScoreRow> rows, Instant at) {
    jdbc.update("update wm_tender_score set superseded_at = ? where tender_reference = ? and user_id = ? and kind = ?"
        + " and superseded_at is null", Timestamp.from(at), tender, userId, kind);
    for (ScoreRow r : rows) {
      jdbc.update("""
          insert into wm_tender_score (id, tender_reference, user_id, kind, bidder, question_id, score, reason, scored_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), tender, userId, kind, r.bidder(),
          r.questionId(), TenderRules.wholeNumber(r.score()), r.reason(), Timestamp.from(at));
    }
  }

  /** Written scores: user, bidder, question, score, reason. */
  public List<Map<String, Object>> writtenScores(String tender) {
    return jdbc.queryForList("""
        select user_id, bidder, question_id, score, reason from wm_tender_score
        where tender_reference = ? and kind = 'written' and superseded_at is null
        order by bidder, question_id, user_id""", tender);
  }

  public boolean hasScore(String tender, String userId, String bidder, String questionId) {
    Integer n = jdbc.queryForObject("""
        select count(*) from wm_tender_score where tender_reference = ? and user_id = ? and bidder = ?
        and question_id = ? and kind = 'written' and superseded_at is null""", Integer.class, tender, userId, bidder, questionId);
    return n != null && n > 0;
  }

  public void replaceConsensus(String tender, String bidder, String questionId, int consensus, String rationale,
      String departureReason, int lowest, int highest, String by, Instant at) {
    jdbc.update("delete from wm_tender_consensus where tender_reference = ? and bidder = ? and question_id = ?",
        tender, bidder, questionId);
    jdbc.update("""
        insert into wm_tender_consensus (tender_reference, bidder, question_id, consensus, rationale, departure_reason,
          lowest_score, highest_score, moderated_by, moderated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        tender, bidder, questionId, consensus, rationale, departureReason, lowest, highest, by, Timestamp.from(at));
  }

  /** bidder -> question -> agreed score. */
  public Map<String, Map<String, Integer>> consensus(String tender) {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    jdbc.query("select bidder, question_id, consensus from wm_tender_consensus where tender_reference = ?",
        rs -> {
          result.computeIfAbsent(rs.getString(1), b -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
        }, tender);
    return result;
  }

  public List<Map<String, Object>> consensusRows(String tender, String bidder) {
    return jdbc.queryForList("""
        select question_id, consensus, rationale from wm_tender_consensus where tender_reference = ? and bidder = ?
        order by question_id""", tender, bidder);
  }

  public void award(String tender, String bidder, String contractReference, Instant at) {
    jdbc.update("""
        update wm_tender set awarded_bidder = ?, contract_reference = ?, awarded_at = ?, outcome = 'awarded'
        where reference = ?""", bidder, contractReference, Timestamp.from(at), tender);
  }

  public void outcome(String tender, String outcome) {
    jdbc.update("update wm_tender set outcome = ? where reference = ?", outcome, tender);
  }

  public void standstill(String tender, LocalDate lastDay) {
    jdbc.update("update wm_tender set standstill_last_day = ? where reference = ?",
        lastDay == null ? null : Date.valueOf(lastDay), tender);
  }
}
