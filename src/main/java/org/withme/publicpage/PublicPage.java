package org.withme.publicpage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.withme.forms.DatesInWords;
import org.withme.participation.GateOutcome;
import org.withme.participation.HartLadder;

/**
 * Builds what the public page shows from {@link PublicRecords}: programmes under way with the
 * influence promised, each closed stage with how many young people took part (small counts
 * suppressed, {@link SmallCounts}) and what changed ("you said, we did", names taken out,
 * {@link NameRedaction}), the signed framework reviews and the charter's signatories.
 */
@Component
public class PublicPage {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final Map<String, String> STAGES = Map.of("analyse", "Analyse", "plan", "Plan", "do", "Do", "review", "Review");

  /** The influence promised at the start: a rung of Hart's ladder and the Lundy model's elements. */
  public record Influence(int rung, String title, String meaning, List<String> lundy) {}

  /** A programme as the public sees it. */
  public record ProgrammeView(String reference, String title, String serviceArea, String stageNow, boolean underWay,
      Influence influence, List<StageView> closedStages) {}

  /** A closed stage: how young people took part and what changed. */
  public record StageView(String stage, String closedOn, boolean byException, String youngPeople, boolean countSuppressed,
      List<String> methods, List<FeedbackView> feedback) {}

  /** One "you said, we did" item. */
  public record FeedbackView(String id, String programmeReference, String programmeTitle, String stage, boolean sent,
      String sentOn, LocalDate sentDate, String dueOn, String summary, String youngPeople) {}

  /** A signed annual framework review, with its headline figures (counts of stages and feedback, never of people). */
  public record ReviewView(int year, String signedOn, boolean published, List<String[]> figures) {}

  /** An organisation that signed the participation charter. */
  public record SignatoryView(String organisation, String signedOn) {}

  private final PublicRecords records;
  private final IdentityService identity;
  private final PublicPageProperties properties;
  private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

  public PublicPage(PublicRecords records, IdentityService identity, PublicPageProperties properties) {
    this.records = records;
    this.identity = identity;
    this.properties = properties;
  }

  public PublicPageProperties properties() {
    return properties;
  }

  /** Every name and login WithMe knows, to take out of the texts shown. */
  public NameRedaction redaction() {
    List<String> names = new ArrayList<>(records.namesHeld());
    for (User u : identity.createUserQuery().list()) {
      names.add(u.getId());
      names.add(u.getFirstName());
      names.add(u.getLastName());
      names.add(u.getEmail());
      if (u.getFirstName() != null && u.getLastName() != null) {
        names.add(u.getFirstName() + " " + u.getLastName());
      }
    }
    return NameRedaction.of(names);
  }

  public List<ProgrammeView> underWay(NameRedaction redaction) {
    List<ProgrammeView> out = new ArrayList<>();
    for (PublicRecords.Programme p : records.programmesUnderWay()) {
      out.add(view(p, true, redaction, false));
    }
    return out;
  }

  public Optional<ProgrammeView> programme(String reference, NameRedaction redaction) {
    return records.programme(reference).map(p -> view(p, records.underWay(reference), redaction, true));
  }

  /** The newest "you said, we did" items sent, each with the count of young people of its stage. */
  public List<FeedbackView> latest(int limit, NameRedaction redaction) {
    Map<String, ProgrammeView> programmes = new HashMap<>();
    List<FeedbackView> out = new ArrayList<>();
    for (PublicRecords.Feedback f : records.latestSent(limit)) {
      ProgrammeView p = programmes.computeIfAbsent(f.programmeReference(),
          ref -> programme(ref, redaction).orElse(null));
      if (p == null) {
        continue;
      }
      p.closedStages().stream().flatMap(s -> s.feedback().stream()).filter(v -> v.id().equals(f.id()))
          .findFirst().ifPresent(out::add);
    }
    return out;
  }

  public List<ReviewView> reviews() {
    List<ReviewView> out = new ArrayList<>();
    for (PublicRecords.SignedReview r : records.signedReviews()) {
      out.add(new ReviewView(r.year(), day(r.signedOffAt()), r.publishedAt() != null, figures(r.evidenceJson())));
    }
    return out;
  }

  public List<SignatoryView> signatories() {
    return records.charterSignatories().stream()
        .map(s -> new SignatoryView(s.organisation(), s.signedOn() == null ? "" : DAY.format(s.signedOn()))).toList();
  }

  private ProgrammeView view(PublicRecords.Programme p, boolean underWay, NameRedaction redaction, boolean withStages) {
    List<PublicRecords.StageEntry> entries = records.stages(p.reference());
    List<StageView> closed = new ArrayList<>();
    List<PublicRecords.Feedback> feedback = withStages ? records.feedbackOf(p.reference()) : List.of();
    String title = redaction.apply(p.title());
    for (int i = 0; i < entries.size(); i++) {
      PublicRecords.StageEntry e = entries.get(i);
      if (e.gateOutcome() == null || !GateOutcome.valueOf(e.gateOutcome()).passed() || !withStages) {
        continue;
      }
      Instant nextSameStage = null;
      for (int j = i + 1; j < entries.size(); j++) {
        if (entries.get(j).stage().equals(e.stage())) {
          nextSameStage = entries.get(j).enteredAt();
          break;
        }
      }
      boolean byException = GateOutcome.valueOf(e.gateOutcome()) == GateOutcome.PASSED_BY_EXCEPTION;
      int young = records.youngPeople(p.reference(), e.stage(), e.enteredAt(), e.closedAt());
      String youngText = SmallCounts.youngPeople(young, properties.smallCountThreshold());
      List<FeedbackView> items = new ArrayList<>();
      LocalDate from = LocalDate.ofInstant(e.enteredAt(), DatesInWords.LONDON);
      LocalDate until = nextSameStage == null ? null : LocalDate.ofInstant(nextSameStage, DatesInWords.LONDON);
      for (PublicRecords.Feedback f : feedback) {
        if (f.stage().equals(e.stage()) && !f.dueOn().isBefore(from) && (until == null || f.dueOn().isBefore(until))) {
          items.add(new FeedbackView(f.id(), p.reference(), title, stageName(e.stage()), f.sentOn() != null,
              f.sentOn() == null ? "" : DAY.format(f.sentOn()), f.sentOn(), DAY.format(f.dueOn()),
              f.sentOn() == null ? "" : redaction.apply(f.summary()), youngText));
        }
      }
      closed.add(new StageView(stageName(e.stage()), day(e.closedAt()), byException, youngText,
          SmallCounts.suppressed(young, properties.smallCountThreshold()),
          records.methods(p.reference(), e.stage(), e.enteredAt(), e.closedAt()), items));
    }
    return new ProgrammeView(p.reference(), title, serviceArea(p.serviceArea()), stageNow(entries, underWay), underWay,
        influence(p), closed);
  }

  static String stageNow(List<PublicRecords.StageEntry> entries, boolean underWay) {
    if (!underWay) {
      return "Finished";
    }
    if (entries.isEmpty()) {
      return "Starting";
    }
    PublicRecords.StageEntry latest = entries.get(entries.size() - 1);
    boolean passed = latest.gateOutcome() != null && GateOutcome.valueOf(latest.gateOutcome()).passed();
    if (!passed) {
      return stageName(latest.stage()) + " stage";
    }
    return "review".equals(latest.stage()) ? "Deciding what happens next" : "Between stages";
  }

  static Influence influence(PublicRecords.Programme p) {
    Optional<HartLadder> rung = HartLadder.ofRung(p.influenceRung());
    List<String> lundy = p.lundyElements().stream().map(PublicPage::capitalised).toList();
    return new Influence(p.influenceRung(), rung.map(HartLadder::title).orElse(""), rung.map(HartLadder::meaning).orElse(""), lundy);
  }

  private List<String[]> figures(String evidenceJson) {
    List<String[]> out = new ArrayList<>();
    if (evidenceJson == null || evidenceJson.isBlank()) {
      return out;
    }
    try {
      com.fasterxml.jackson.databind.JsonNode e = json.readTree(evidenceJson);
      out.add(new String[] {"Programmes run", e.path("programmesRun").asText("0")});
      out.add(new String[] {"Stages closed with young people taking part", e.path("stagesWithEvidence").asText("0")});
      out.add(new String[] {"Stages closed by exception", e.path("stagesByException").asText("0")});
      int onTime = e.path("feedbackOnTime").asInt();
      int all = onTime + e.path("feedbackLate").asInt() + e.path("feedbackOutstanding").asInt();
      out.add(new String[] {"\"You said, we did\" sent on time", onTime + " of " + all});
      out.add(new String[] {"Inspections by Young Inspectors", e.path("inspectionsDone").asText("0")});
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      out.clear();
    }
    return out;
  }

  static String stageName(String stage) {
    return STAGES.getOrDefault(stage, capitalised(stage));
  }

  static String serviceArea(String area) {
    return area == null ? "" : capitalised(area.replace('-', ' '));
  }

  static String capitalised(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String day(Instant at) {
    return at == null ? "" : DAY.format(LocalDate.ofInstant(at, DatesInWords.LONDON));
  }
}
