package org.withme.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.withme.support.Programmes;

/**
 * Tenders at their sensitive points, for attacks from outside the package: one at scoring (kai has
 * scored, yasmin's sheet is open), with a declared and mitigated conflict, and one before the award.
 * Secret values are distinct markers, so a leak can be found in any response body.
 */
public final class SensitiveTenders {

  public static final String PRICE_NORTH = "987651";
  public static final String PRICE_HARBOUR = "876543";
  public static final String KAI_REASON = "Kai-only-reasoning-Q7";
  public static final String CONFLICT = "Cousin-works-at-North-Star-5Z";
  public static final String SUPPORTING_ADULT = "Morgan-Safeguard-Adult-3X";

  /** A tender and the ids an attack needs. */
  public record Tender(ProcessInstance instance, String reference, String yasminsScoring) {}

  private SensitiveTenders() {}

  /** At scoring: kai scored, yasmin's "Score the bids" is open and assigned to her. */
  public static Tender atScoring(ProcessEngine engine) {
    TenderRun run = toScoring(engine);
    for (Task t : run.tasks("ScoreBids")) {
      if ("kai".equals(t.getAssignee())) {
        List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(t.getId(), "scoreSheet"), "sheet");
        for (Map<String, Object> r : sheet) {
          r.put("score", 4);
          r.put("reason", KAI_REASON);
        }
        engine.getTaskService().complete(t.getId(), Map.of("scoreSheet", TenderRun.json(sheet)));
      }
    }
    Task yasmins = run.tasks("ScoreBids").stream().filter(t -> "yasmin".equals(t.getAssignee())).findFirst().orElseThrow();
    return new Tender(run.pi, run.tender(), yasmins.getId());
  }

  /** Scored, moderated and the charter signed: the standstill timer runs before the award. */
  public static Tender atStandstill(ProcessEngine engine) {
    TenderRun run = toScoring(engine);
    run.everyoneScores().moderated().charter(true);
    return new Tender(run.pi, run.tender(), null);
  }

  /** The panel recorded: each panellist's "Declare conflicts of interest" is open; {@code yasminsScoring} holds yasmin's. */
  public static Tender atConflicts(ProcessEngine engine) {
    TenderRun run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", false).questionsAgreed();
    List<Map<String, Object>> panel = new ArrayList<>();
    for (String id : List.of("kai", "yasmin")) {
      panel.add(TenderRun.young(id, "16-17", true));
    }
    panel.add(TenderRun.officer("cora"));
    run.complete("RecruitPanel", Map.of("panel", TenderRun.json(panel)));
    Task yasmins = run.tasks("DeclareConflicts").stream().filter(t -> "yasmin".equals(t.getAssignee())).findFirst().orElseThrow();
    return new Tender(run.pi, run.tender(), yasmins.getId());
  }

  /** Published and the dialogue day held: procurement's "Register the bids" is open; {@code yasminsScoring} holds its id. */
  public static Tender atRegisterBids(ProcessEngine engine) {
    TenderRun run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", false).questionsAgreed();
    run.panelRecorded("kai", "yasmin").nobodyDeclares();
    run.complete("PublishTender", Map.of("publishedOn", TenderRun.today().toString(),
        "scoringDueDate", TenderRun.today().plusDays(14).toString(), "interviewsPlanned", "no"));
    run.complete("RunDialogueDay", Map.of("dialogueDate", TenderRun.today().plusDays(3).toString(), "youngPresenter", "Yasmin",
        "presentationSummary", "What a good break looks like for a young carer.",
        "clarifications", TenderRun.json(List.of(TenderRun.row("clarificationQuestion", "Can we subcontract?",
            "clarificationAnswer", "Yes, named in the bid.")))));
    return new Tender(run.pi, run.tender(), run.task("RegisterBids").getId());
  }

  /** The start form of a valid tender for a fresh programme. */
  public static Map<String, Object> startForm() {
    return TenderRun.startForm(Programmes.newReference(), "PA2023", false);
  }

  private static TenderRun toScoring(ProcessEngine engine) {
    TenderRun run = new TenderRun(engine, Programmes.newReference());
    run.start("PA2023", false).questionsAgreed();
    List<Map<String, Object>> panel = new ArrayList<>();
    for (String id : List.of("kai", "yasmin")) {
      Map<String, Object> young = TenderRun.young(id, "16-17", true);
      young.put("supportingAdult", SUPPORTING_ADULT);
      panel.add(young);
    }
    panel.add(TenderRun.officer("cora"));
    run.complete("RecruitPanel", Map.of("panel", TenderRun.json(panel)));
    for (Task t : run.tasks("DeclareConflicts")) {
      engine.getTaskService().complete(t.getId(), "cora".equals(t.getAssignee())
          ? Map.of("conflictDeclared", "yes", "conflictDetails", CONFLICT) : Map.of("conflictDeclared", "no"));
    }
    run.complete("MitigateConflicts", Map.of("mitigation", "Cora does not score North Star's answers."));
    run.complete("PublishTender", Map.of("publishedOn", TenderRun.today().toString(),
        "scoringDueDate", TenderRun.today().plusDays(14).toString(), "interviewsPlanned", "no"));
    run.complete("RunDialogueDay", Map.of("dialogueDate", TenderRun.today().plusDays(3).toString(), "youngPresenter", "Yasmin",
        "presentationSummary", "What a good break looks like for a young carer.",
        "clarifications", TenderRun.json(List.of(TenderRun.row("clarificationQuestion", "Can we subcontract?",
            "clarificationAnswer", "Yes, named in the bid.")))));
    run.complete("RegisterBids", Map.of("bids", TenderRun.json(List.of(
        TenderRun.row("bidder", "North Star Carers", "price", Long.parseLong(PRICE_NORTH), "documents", "DOC-1",
            "contactEmail", "bids@north-star.example"),
        TenderRun.row("bidder", "Harbour Youth Trust", "price", Long.parseLong(PRICE_HARBOUR), "documents", "DOC-2",
            "contactEmail", "tenders@harbour.example")))));
    return run;
  }
}
