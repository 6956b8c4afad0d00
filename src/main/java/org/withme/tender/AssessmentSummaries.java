package org.withme.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.withme.documents.XhtmlDocuments;
import org.withme.forms.DatesInWords;
import org.withme.notification.Mailer;
import org.withme.notification.OutgoingMail;

/**
 * The assessment summary each bidder is sent (Procurement Act 2023 s.50 and the Procurement Regulations
 * 2024 reg. 31; PCR 2015 reg. 86; PCS 2015 reg. 85): per criterion its weight, the bidder's agreed score and
 * the panel's reason beside the same for the most advantageous bid, then price and price score, quality
 * points, total and rank. Built from WithMe's records only (the preferred bidder is the best-ranked bid
 * whose charter was signed), written as HTML from {@code templates/tender/assessment-summary.html}, sent
 * as that HTML with its PDF attached to the bid's contact, and recorded with whom and when.
 */
@Component
public class AssessmentSummaries {

  /** One criterion: the bidder's agreed score and reason, and the most advantageous bid's. */
  public record Criterion(String id, String text, BigDecimal weight, Integer score, String reason,
      Integer preferredScore, String preferredReason) {}

  /** Everything one bidder's summary says. */
  public record Summary(String tender, String bidder, String contactEmail, boolean preferred, String preferredBidder,
      String writtenOn, int qualityShare, List<Criterion> criteria, TenderRecords.Bid bid, TenderRecords.Bid preferredBid,
      int bids) {

    public int priceShare() {
      return 100 - qualityShare;
    }
  }

  private final TenderRecords records;
  private final Mailer mailer;
  private final TemplateEngine templates = XhtmlDocuments.templates("tender");

  public AssessmentSummaries(TenderRecords records, Mailer mailer) {
    this.records = records;
    this.mailer = mailer;
  }

  /** Every bidder's summary, from the records of the tender as they are now. */
  public List<Summary> of(String tender, LocalDate today) {
    List<Question> questions = records.questions(tender);
    int qualityShare = records.qualityShare(tender);
    List<TenderRecords.Bid> bids = records.bids(tender);
    TenderRecords.Bid preferred = bids.stream().filter(b -> "signed".equals(b.charterStatus())).findFirst()
        .orElseThrow(() -> new IllegalStateException("tender " + tender + " has no bid with a signed charter"));
    Map<String, Map<String, Object>> preferredRows = agreed(tender, preferred.bidder());
    List<Summary> summaries = new ArrayList<>();
    for (TenderRecords.Bid bid : bids) {
      Map<String, Map<String, Object>> rows = agreed(tender, bid.bidder());
      List<Criterion> criteria = new ArrayList<>();
      for (Question q : questions) {
        Map<String, Object> own = rows.getOrDefault(q.id(), Map.of());
        Map<String, Object> best = preferredRows.getOrDefault(q.id(), Map.of());
        criteria.add(new Criterion(q.id(), q.text(), q.weight().stripTrailingZeros(), (Integer) number(own.get("CONSENSUS")),
            (String) own.get("RATIONALE"), (Integer) number(best.get("CONSENSUS")), (String) best.get("RATIONALE")));
      }
      summaries.add(new Summary(tender, bid.bidder(), bid.contactEmail(), bid.bidder().equals(preferred.bidder()),
          preferred.bidder(), DatesInWords.day(today), qualityShare, criteria, bid, preferred, bids.size()));
    }
    return summaries;
  }

  public String html(Summary summary) {
    return templates.process("assessment-summary", new Context(Locale.UK, Map.of("s", summary)));
  }

  public byte[] pdf(String html) {
    return XhtmlDocuments.pdf(html);
  }

  /**
   * Sends every bidder its summary (HTML, and the PDF attached) and records each as sent. A bid without a contact address is refused before any mail goes. A mail server
   * that refuses rolls the whole step back: the charter task stays open and nothing is recorded as sent.
   */
  public void send(String tender, Instant now, LocalDate today) {
    List<Summary> summaries = of(tender, today);
    List<String> missing = summaries.stream().filter(s -> !TenderRules.isEmail(s.contactEmail()))
        .map(s -> "'Contact e-mail' of the bid from " + s.bidder() + " is missing: record it on 'Register the bids'").toList();
    TenderSupport.refuseIf("Write the assessment summaries", missing);
    for (Summary s : summaries) {
      String html = html(s);
      String file = (s.tender() + "-assessment-summary-" + s.bidder()).replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
      mailer.send(new OutgoingMail(List.of(s.contactEmail()), "Assessment summary: tender " + s.tender(), text(s), html,
          List.of(new OutgoingMail.Attachment(file, "application/pdf", pdf(html)))));
      records.summarySent(tender, s.bidder(), html, s.contactEmail(), now);
    }
  }

  /** The mail's plain-text part. */
  static String text(Summary s) {
    StringBuilder t = new StringBuilder();
    t.append("Assessment summary for ").append(s.bidder()).append(", tender ").append(s.tender()).append(", ")
        .append(s.writtenOn()).append(".\n\n");
    t.append(s.preferred() ? "Your bid is the most advantageous tender.\n\n"
        : "The most advantageous tender is the bid from " + s.preferredBidder() + ".\n\n");
    t.append("Quality counts for ").append(s.qualityShare()).append("% and price for ").append(s.priceShare()).append("%.\n\n");
    for (Criterion c : s.criteria()) {
      t.append(c.id()).append(" ").append(c.text()).append(" (weight ").append(c.weight().toPlainString()).append("): your score ")
          .append(score(c.score())).append(" of 5. ").append(orDash(c.reason()));
      if (!s.preferred()) {
        t.append(" Most advantageous tender: ").append(score(c.preferredScore())).append(" of 5. ").append(orDash(c.preferredReason()));
      }
      t.append("\n");
    }
    t.append("\nPrice score: ").append(points(s.bid().pricePoints())).append(" of ").append(s.priceShare())
        .append(". Quality points: ").append(points(s.bid().qualityPoints())).append(". Total: ").append(points(s.bid().total()))
        .append(". Rank: ").append(s.bid().ranking() == null ? "-" : s.bid().ranking()).append(" of ").append(s.bids()).append(".\n");
    if (!s.preferred()) {
      t.append("Most advantageous tender: price score ").append(points(s.preferredBid().pricePoints())).append(", quality points ")
          .append(points(s.preferredBid().qualityPoints())).append(", total ").append(points(s.preferredBid().total())).append(".\n");
    }
    t.append("\nThe summary is attached as a PDF.\n");
    return t.toString();
  }

  private Map<String, Map<String, Object>> agreed(String tender, String bidder) {
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> row : records.consensusRows(tender, bidder)) {
      rows.put((String) row.get("QUESTION_ID"), row);
    }
    return rows;
  }

  private static Object number(Object v) {
    return v instanceof Number n ? Integer.valueOf(n.intValue()) : null;
  }

  static String score(Integer s) {
    return s == null ? "-" : s.toString();
  }

  static String points(BigDecimal b) {
    return b == null ? "-" : b.stripTrailingZeros().toPlainString();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
