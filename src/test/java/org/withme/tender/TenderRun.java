package org.withme.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives one fictional tender through its tasks, as the people doing them would. */
public final class TenderRun {

  public final ProcessEngine engine;
  public ProcessInstance pi;
  public final String programme;

  public TenderRun(ProcessEngine engine, String programme) {
    this.engine = engine;
    this.programme = programme;
  }

  static void clockAt(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Standstill.LONDON).toInstant()));
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Standstill.LONDON).toLocalDate();
  }

  static Map<String, Object> startForm(String programme, String regime, boolean lightTouch) {
    Map<String, Object> v = new HashMap<>();
    v.put("programmeReference", programme);
    v.put("programmeTitle", "Young carers' support service");
    v.put("serviceArea", "young-carers");
    v.put("estimatedValue", 450000L);
    v.put("procurementRegime", regime);
    v.put("lightTouch", lightTouch);
    return v;
  }

  public TenderRun start(String regime, boolean lightTouch) {
    pi = engine.getRuntimeService().startProcessInstanceByKey("tender-evaluation", startForm(programme, regime, lightTouch));
    return this;
  }

  public String tender() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
  }

  public Task task(String key) {
    List<Task> tasks = tasks(key);
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0);
  }

  public List<Task> tasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .orderByTaskAssignee().asc().list();
  }

  public void complete(String key, Map<String, Object> values) {
    engine.getTaskService().complete(task(key).getId(), values);
  }

  static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static String json(Object rows) {
    return Rows.toJson(rows);
  }

  static List<Map<String, Object>> questions(int w1, int w2, int w3) {
    return List.of(
        row("questionId", "Q1", "questionText", "How will young carers get a break?", "weight", w1, "author", "young", "scoredBy", "young"),
        row("questionId", "Q2", "questionText", "How will you find hidden young carers?", "weight", w2, "author", "officers", "scoredBy", "officers"),
        row("questionId", "Q3", "questionText", "How will young carers shape the service?", "weight", w3, "author", "young", "scoredBy", "panel"));
  }

  static Map<String, Object> young(String id, String band, boolean consent) {
    return row("userId", id, "young", true, "ageBand", band, "parentalConsent", consent, "trainingDone", true,
        "confidentialitySigned", true, "supportingAdult", "Morgan (youth worker)", "supportingAdultDbsChecked", true,
        "reward", "Cinema vouchers");
  }

  static Map<String, Object> officer(String id) {
    return row("userId", id, "young", false);
  }

  static List<Map<String, Object>> panel(String... youngIds) {
    List<Map<String, Object>> p = new ArrayList<>();
    for (String id : youngIds) {
      p.add(young(id, "16-17", true));
    }
    p.add(officer("cora"));
    return p;
  }

  public TenderRun questionsAgreed() {
    complete("WriteYoungQuestions", Map.of("youngQuestions", json(List.of(row("youngQuestionText", "How will young carers get a break?")))));
    return questionsWeighted();
  }

  /** The commissioner agrees the questions and weights, after the young people wrote theirs. */
  public TenderRun questionsWeighted() {
    complete("AgreeQuestionsAndWeights", Map.of("questions", json(questions(40, 40, 20)), "qualityShare", 70));
    return this;
  }

  public TenderRun panelRecorded(String... youngIds) {
    complete("RecruitPanel", Map.of("panel", json(panel(youngIds))));
    return this;
  }

  public TenderRun nobodyDeclares() {
    for (Task t : tasks("DeclareConflicts")) {
      engine.getTaskService().complete(t.getId(), Map.of("conflictDeclared", "no"));
    }
    return this;
  }

  public TenderRun published(boolean interviews) {
    complete("PublishTender", Map.of("publishedOn", today().toString(), "scoringDueDate", today().plusDays(14).toString(),
        "interviewsPlanned", interviews ? "yes" : "no"));
    complete("RunDialogueDay", Map.of("dialogueDate", today().plusDays(3).toString(), "youngPresenter", "Yasmin",
        "presentationSummary", "What a good break looks like for a young carer.",
        "clarifications", json(List.of(row("clarificationQuestion", "Can we subcontract?", "clarificationAnswer", "Yes, named in the bid.")))));
    complete("RegisterBids", Map.of("bids", json(List.of(
        row("bidder", "North Star Carers", "price", 400000, "documents", "DOC-1", "contactEmail", "bids@north-star.example"),
        row("bidder", "Harbour Youth Trust", "price", 500000, "documents", "DOC-2", "contactEmail", "tenders@harbour.example")))));
    return this;
  }

  /** Fills a panellist's own sheet: North Star gets {@code northStar}, Harbour 3. */
  String filledSheet(Task t, int northStar) {
    List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(t.getId(), "scoreSheet"), "sheet");
    for (Map<String, Object> r : sheet) {
      r.put("score", "North Star Carers".equals(r.get("bidder")) ? northStar : 3);
      r.put("reason", "Clear answer with examples");
    }
    return json(sheet);
  }

  TenderRun everyoneScores() {
    for (Task t : tasks("ScoreBids")) {
      engine.getTaskService().complete(t.getId(), Map.of("scoreSheet", filledSheet(t, 4)));
    }
    return this;
  }

  TenderRun moderated() {
    Task t = task("ModerateScores");
    List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(t.getId(), "moderationSheet"), "sheet");
    for (Map<String, Object> r : sheet) {
      r.put("consensus", r.get("highest"));
      r.put("rationale", "The panel agreed after discussion");
    }
    engine.getTaskService().complete(t.getId(), Map.of("moderationSheet", json(sheet)));
    return this;
  }

  TenderRun interviewed() {
    complete("RecordInterviews", Map.of("interviewDate", today().toString(), "interviewPanel", "Yasmin, Kai, Cora",
        "interviewScores", json(List.of(row("bidder", "North Star Carers", "score", 4, "reason", "Warm and clear"),
            row("bidder", "Harbour Youth Trust", "score", 3, "reason", "Less specific")))));
    return this;
  }

  TenderRun charter(boolean signed) {
    complete("SignParticipationCharter", signed
        ? Map.of("charterSigned", "yes", "charterSignatory", "A. Director", "charterSignedOn", today().toString())
        : Map.of("charterSigned", "no", "charterNote", "Will not commit to a young people's board."));
    return this;
  }

  TenderRun awarded() {
    complete("AwardContract", Map.of("contractReference", "C-" + programme));
    complete("TellThePanel", Map.of("panelFeedback", "Your questions carried 42 % of the mark; North Star scored best on them."));
    for (Task t : tasks("SendReward")) {
      engine.getTaskService().complete(t.getId(), Map.of("rewardSentOn", today().toString()));
    }
    return this;
  }

  Object historicVariable(String name) {
    var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).list();
    return v.isEmpty() ? null : v.get(v.size() - 1).getValue();
  }
}
