package org.withme.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.withme.documents.XhtmlDocuments;

/**
 * The published framework review: evidence figures as charts, the self-assessment with the young
 * people's comments beside each key area, the action plan and the DCS sign-off. HTML from the
 * template {@code templates/review/report.html}; the PDF is rendered from the same HTML.
 */
@Component
public class ReviewReport {

  /** Everything the report shows. */
  public record Content(int year, Evidence evidence, List<ReviewRecords.Area> areas, List<ReviewRecords.Action> actions,
      String signedOffBy, String signOffComments) {}

  private final TemplateEngine templates;

  public ReviewReport() {
    templates = XhtmlDocuments.templates("review");
  }

  public String html(Content content) {
    Evidence e = content.evidence();
    List<String> charts = new ArrayList<>();
    charts.add(ReviewCharts.bars("Stages closed", List.of(
        new ReviewCharts.Bar("With young people's evidence", e.stagesWithEvidence(), "#2e7d32"),
        new ReviewCharts.Bar("By exception", e.stagesByException(), "#f9a825"),
        new ReviewCharts.Bar("Refused at the gate", e.stagesRefused(), "#c62828")), ""));
    charts.add(ReviewCharts.bars("\"You said, we did\" feedback", List.of(
        new ReviewCharts.Bar("Sent on time", e.feedbackOnTime(), "#2e7d32"),
        new ReviewCharts.Bar("Sent late", e.feedbackLate(), "#f9a825"),
        new ReviewCharts.Bar("Not sent", e.feedbackOutstanding(), "#c62828")), ""));
    if (!e.tenders().isEmpty()) {
      charts.add(ReviewCharts.bars("Young panellists per tender", e.tenders().stream()
          .map(t -> new ReviewCharts.Bar(t.reference(), t.youngPanellists(), "#1565c0")).toList(), ""));
      charts.add(ReviewCharts.bars("Young people's share of the evaluation weight", e.tenders().stream()
          .map(t -> new ReviewCharts.Bar(t.reference(), t.youngWeightShare() == null ? 0 : t.youngWeightShare(), "#6a1b9a")).toList(), "%"));
    }
    if (!e.representation().isEmpty()) {
      charts.add(ReviewCharts.bars("Stages in which each group of the cohort took part", e.representation().stream()
          .map(r -> new ReviewCharts.Bar(r.label(), r.percent(), r.stagesRepresented() == 0 ? "#c62828" : "#2e7d32")).toList(), "%"));
    }
    charts.add(ReviewCharts.bars("Last year's actions", List.of(
        new ReviewCharts.Bar("Done", e.lastYearActionsDone(), "#2e7d32"),
        new ReviewCharts.Bar("Not done", e.lastYearActionsOpen(), "#c62828")), ""));
    List<Map<String, Object>> areas = new ArrayList<>();
    for (ReviewRecords.Area a : content.areas()) {
      areas.add(Map.of("number", a.keyArea(), "name", KeyAreas.name(a.keyArea()),
          "now", nz(a.doingNow()), "next", nz(a.needToDo()), "who", nz(a.responsible()),
          "byWhen", a.completeBy() == null ? "" : a.completeBy().toString(), "knowWhen", nz(a.knowDoneWhen()),
          "young", nz(a.youngComment())));
    }
    Context context = new Context(Locale.UK, Map.of(
        "year", content.year(), "e", e, "charts", charts, "areas", areas, "actions", content.actions(),
        "signedOffBy", nz(content.signedOffBy()), "signOffComments", nz(content.signOffComments())));
    return templates.process("report", context);
  }

  public byte[] pdf(String html) {
    return XhtmlDocuments.pdf(html);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
