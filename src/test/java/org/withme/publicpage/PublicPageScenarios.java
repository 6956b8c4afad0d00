package org.withme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.withme.review.ReviewRecords;
import org.withme.support.Programmes;
import org.withme.tender.TenderRecords;

/**
 * The council's public page over HTTP, signed out: programmes under way with the influence
 * promised, "you said, we did" per closed stage with small counts suppressed, the signed reviews
 * and the charter's signatories; nobody's name or login, no price, no score, no losing bidder;
 * its Atom feed; and nothing else of WithMe opened to anonymous callers. Run on H2
 * ({@link PublicPageTest}) and PostgreSQL ({@link PublicPagePostgresTest}).
 */
abstract class PublicPageScenarios {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  /** The people of the records: their logins and names must never show. */
  private static final List<String> PEOPLE = List.of("pat", "Pat Ellison", "Ellison", "cora", "Whitfield", "dara", "Dara Fenwick",
      "Fenwick", "yasmin", "Yasmin", "kai", "priya", "Lockhart", "hana", PublicRecordsScenario.SUPPORTING_ADULT,
      PublicRecordsScenario.CHARTER_SIGNATORY, "Imogen Pellow");

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired TenderRecords tenders;
  @Autowired ReviewRecords reviews;
  @Autowired PublicPageProperties properties;

  private PublicRecordsScenario scenario;

  @AfterEach
  void endProgrammesAndResetClock() {
    if (scenario != null) {
      scenario.endProgrammes();
    }
    ClockUtil.reset();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String visibleText(String html) {
    return html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&amp;", "&").replaceAll("\\s+", " ");
  }

  /** The words of {@code people} that occur, as whole words, in the page (its text and its attributes). */
  private static List<String> peopleIn(String html) {
    List<String> found = new ArrayList<>();
    String text = visibleText(html);
    for (String who : PEOPLE) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(who) + "(?![\\p{L}\\p{N}_-])");
      if (p.matcher(text).find() || p.matcher(html).find()) {
        found.add(who);
      }
    }
    return found;
  }

  @Test
  void showsWhatChangedInAggregateWithoutNamesPricesOrScores() throws Exception {
    // far ahead of every other test's records, so this test's items are the newest on the page and in the feed
    PublicRecordsScenario.clockAheadOfEveryRecord(engine);
    PublicRecordsScenario s = scenario = new PublicRecordsScenario(engine, tenders, reviews);
    String big = Programmes.newReference();
    String small = Programmes.newReference();
    String bigTitle = "Short breaks for disabled children " + big;
    String smallTitle = "Young carers' support service " + small;
    ProcessInstance bigPi = s.analyseClosed(big, bigTitle, 5, 2,
        "You said sessions should be after school. Pat Ellison and yasmin took this to the board: we asked for sessions until 7pm.");
    s.analyseClosed(small, smallTitle, 1, 2, "You said the bus never comes; we chose venues on bus routes.");
    String excepted = Programmes.newReference();
    s.analyseClosedByException(excepted, "Early help " + excepted);
    String winner = "Harbour Youth Trust " + big;
    String loser = "Northgate Care " + big;
    s.tenderAwarded(big, bigPi.getId(), winner, loser);
    int year = 2400 + (int) (System.nanoTime() % 500);
    s.reviewSigned(year);

    HttpResponse<String> page = get("/withme/public");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    String html = page.body();
    String text = visibleText(html);

    // programmes under way: stage now and the influence promised
    assertThat(text).contains(bigTitle).contains(smallTitle).contains("Plan stage")
        .contains("Rung 6 of 8 on Hart's ladder: Adult-initiated, shared decisions with young people")
        .contains("Lundy model: Space, Voice, Audience, Influence");
    // "you said, we did", newest first, names taken out, counts in aggregate and small ones suppressed
    assertThat(text).contains(bigTitle + ": Analyse stage")
        .contains("You said sessions should be after school. " + NameRedaction.REMOVED + " and " + NameRedaction.REMOVED
            + " took this to the board: we asked for sessions until 7pm.")
        .contains("7 young people took part in this stage.")
        .contains(smallTitle + ": Analyse stage").contains("You said the bus never comes; we chose venues on bus routes.")
        .contains("Fewer than " + properties.smallCountThreshold() + " young people took part in this stage.")
        .doesNotContain("3 young people");
    // the signed review and the charter's signatory: the awarded organisation only
    assertThat(html).contains("id=\"review-" + year + "\"").contains("href=\"/withme/reviews/" + year + "/report.pdf\"");
    assertThat(text).contains("Programmes run: 4").contains("\"You said, we did\" sent on time: 9 of 11");
    assertThat(text).contains(winner).doesNotContain(loser);
    // nothing personal, nothing commercially confidential
    assertThat(peopleIn(html)).as("names and logins on the page").isEmpty();
    assertThat(html).doesNotContain("98765").doesNotContain("98,765").doesNotContain("87654").doesNotContain("87,654")
        .doesNotContain("450000").doesNotContain("450,000").doesNotContain(PublicRecordsScenario.SCORE_REASON)
        .doesNotContain("Less about evenings").doesNotContain(PublicRecordsScenario.WHAT_THEY_SAID).doesNotContain("cinema voucher");
    // no session and WithMe's own security headers
    assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
    assertThat(html).doesNotContain("<script");

    // each programme's own page: its closed stage, the count, the feedback
    HttpResponse<String> bigPage = get("/withme/public/programmes/" + big);
    assertThat(bigPage.statusCode()).isEqualTo(200);
    assertThat(visibleText(bigPage.body())).contains(bigTitle).contains("Plan stage").contains("Analyse stage")
        .contains("7 young people took part, by workshop.").contains("we asked for sessions until 7pm.");
    assertThat(peopleIn(bigPage.body())).isEmpty();
    HttpResponse<String> smallPage = get("/withme/public/programmes/" + small);
    assertThat(smallPage.statusCode()).isEqualTo(200);
    assertThat(visibleText(smallPage.body())).contains("Fewer than " + properties.smallCountThreshold() + " young people took part, by workshop.")
        .doesNotContain("3 young people");
    HttpResponse<String> exceptionPage = get("/withme/public/programmes/" + excepted);
    assertThat(exceptionPage.statusCode()).isEqualTo(200);
    assertThat(visibleText(exceptionPage.body())).contains("Analyse stage")
        .contains("Young people did not take part in this stage. Our head of commissioning agreed this as an exception and wrote down why.")
        .doesNotContain(PublicRecordsScenario.EXCEPTION_REASON).doesNotContain("took part, by");
    assertThat(peopleIn(exceptionPage.body())).isEmpty();
  }

  @Test
  void theFeedIsAtomAndListsTheNewestItems() throws Exception {
    PublicRecordsScenario.clockAheadOfEveryRecord(engine);
    PublicRecordsScenario s = scenario = new PublicRecordsScenario(engine, tenders, reviews);
    String first = Programmes.newReference();
    String second = Programmes.newReference();
    s.analyseClosed(first, "Youth activities " + first, 4, 2, "You said the club closes too early; we kept it open until 9pm.");
    s.analyseClosed(second, "Short breaks " + second, 1, 1, "You said Kai should not have to wait; we cut the waiting list.");

    HttpResponse<String> feed = get("/withme/public/feed.atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.NS);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(child(root, "id")).endsWith("/withme/public/feed.atom");
    NodeList entries = root.getElementsByTagNameNS(AtomFeed.NS, "entry");
    assertThat(entries.getLength()).isBetween(2, properties.feedItems());
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      titles.add(child(e, "title"));
      assertThat(child(e, "id")).startsWith("urn:uuid:");
      assertThat(child(e, "updated")).as("an RFC 3339 date-time").matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
      assertThat(((Element) e.getElementsByTagNameNS(AtomFeed.NS, "link").item(0)).getAttribute("href"))
          .contains("/withme/public/programmes/");
    }
    // the newest first: both of this test's items lead the feed
    assertThat(titles.subList(0, 2)).containsExactlyInAnyOrder("Youth activities " + first + ": Analyse stage",
        "Short breaks " + second + ": Analyse stage");
    assertThat(feed.body()).contains("You said the club closes too early; we kept it open until 9pm. (6 young people took part in this stage.)")
        .contains("You said " + NameRedaction.REMOVED + " should not have to wait; we cut the waiting list. (Fewer than "
            + properties.smallCountThreshold() + " young people took part in this stage.)")
        .doesNotContain("2 young people").doesNotContain(">Kai").doesNotContain(" Kai ");
  }

  private static String child(Element parent, String name) {
    return parent.getElementsByTagNameNS(AtomFeed.NS, name).item(0).getTextContent();
  }

  @Test
  void anonymousCallersReachThePublicPageItsFeedAndStylesAndNothingElse() throws Exception {
    assertThat(get("/withme/public").statusCode()).isEqualTo(200);
    assertThat(get("/withme/public/").statusCode()).isEqualTo(200);
    assertThat(get("/withme/public/feed.atom").statusCode()).isEqualTo(200);
    HttpResponse<String> css = get(PublicPageController.GOVUK_FRONTEND);
    assertThat(css.statusCode()).as("the GOV.UK Frontend styles of the webjar").isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(get("/publicpage/withme-public.css").statusCode()).isEqualTo(200);
    HttpResponse<String> missing = get("/withme/public/programmes/NO-SUCH-PROGRAMME");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/withme/public"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).as("the page is read-only").isEqualTo(405);

    // WithMe's and the engine's other endpoints still ask who is calling
    // (this context's engine by its name: the PostgreSQL context's engine is not "default")
    String api = "/engine-rest/engine/" + engine.getName();
    assertThat(get(api + "/task").statusCode()).isEqualTo(401);
    assertThat(get(api + "/process-instance").statusCode()).isEqualTo(401);
    assertThat(get(api + "/history/variable-instance").statusCode()).isEqualTo(401);
    assertThat(get("/camunda/api/engine/engine/" + engine.getName() + "/task").statusCode()).isEqualTo(401);
    assertThat(get("/camunda/api/cockpit/plugin/base/" + engine.getName() + "/process-definition/statistics").statusCode()).isEqualTo(401);
    assertThat(get("/withme/reviews/2026/report.html").statusCode()).isEqualTo(401);
    assertThat(get("/withme/reviews/2026/report.pdf").statusCode()).isEqualTo(401);
  }
}
