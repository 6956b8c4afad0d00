package org.withme.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.withme.inspection.InspectionScenario.accepted;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.forms.InvalidFormException;

/** Scenarios run both on H2 and on PostgreSQL. */
final class YouthInspectionScenarios {

  private YouthInspectionScenarios() {}

  static void fullInspectionWithFollowUp(ProcessEngine engine, JdbcTemplate jdbc, InspectionScenario s, String isla, String ben) {
    ProcessInstance pi = s.start();
    assertThat(pi).isWaitingAt("AssignInspectors");
    assertThat(task(pi)).hasCandidateGroup("participation-officers");
    String id = s.inspectionId();

    s.assign(isla, ben);
    assertThat(task(pi)).hasCandidateGroup("youth-inspectors").hasCandidateGroup("participation-officers");
    s.agreeTool();
    assertThat(jdbc.queryForList("select question from wm_inspection_question where inspection_id = ? order by position",
        String.class, id)).hasSize(3).first().isEqualTo("Do young people feel welcome and safe here?");
    s.schedule(true);
    assertThat(pi).isWaitingAt("RecordInspectorFindings", "RecordManagerView");
    // one "Record what you found" per assigned inspector, assigned to them, for nobody else
    List<Task> findings = s.findingsTasks();
    assertThat(findings).extracting(Task::getAssignee).containsExactlyInAnyOrder(isla, ben);
    for (Task t : findings) {
      assertThat(engine.getTaskService().getIdentityLinksForTask(t.getId()))
          .as("no candidate group or user on " + t.getAssignee() + "'s findings")
          .noneMatch(l -> "candidate".equals(l.getType()));
      assertThat(YouthInspectionProcessTest.day(t.getDueDate())).isEqualTo(LocalDate.now().plusDays(21));
    }
    assertThat(task("RecordManagerView", pi)).hasCandidateGroup("commissioners");

    s.inspectorScores(isla, 4, 2, 1);
    assertThat(engine.getRuntimeService().getVariables(pi.getId()).keySet())
        .as("isla's values are kept as her record and are not left for ben's form").noneMatch(k -> k.startsWith("inspectorScore") || k.startsWith("inspectorComment"));
    assertThat(jdbc.queryForList("select score from wm_inspection_inspector_answer where inspection_id = ? and user_id = ? order by position",
        Integer.class, id, isla)).containsExactly(4, 2, 1);
    assertThat(pi).isWaitingAt("RecordInspectorFindings", "RecordManagerView");
    s.inspectorScores(ben, 4, 1, 1);
    assertThat(jdbc.queryForList("select score from wm_inspection_inspector_answer where inspection_id = ? and user_id = ? order by position",
        Integer.class, id, ben)).containsExactly(4, 1, 1);
    s.managerScores(5, 4, 4);
    assertThat(pi).isWaitingAt("WriteReport").hasPassed("CompareViews");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectionGapCount")).isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "comparisonSummary").toString())
        .contains("GAP  2. Do young people have a say").contains("2 questions show a gap")
        .contains("Isla 2").contains("Ben 1");
    // the combined view, derived from the two: the mean rounded half up (4 and 4, 2 and 1, 1 and 1)
    assertThat(jdbc.queryForList("select score from wm_inspection_answer where inspection_id = ? and viewpoint = 'inspectors' order by position",
        Integer.class, id)).containsExactly(4, 2, 1);
    assertThat(jdbc.queryForObject("select comment_text from wm_inspection_answer where inspection_id = ? and viewpoint = 'inspectors' and position = 1",
        String.class, id)).contains("Isla: We saw it ourselves").contains("Ben: We saw it ourselves");
    assertThat(jdbc.queryForList("select gap from wm_inspection_answer where inspection_id = ? and viewpoint = 'inspectors' order by position",
        Boolean.class, id)).containsExactly(false, true, true);

    s.report("Set up a youth forum that meets every term.", "Run a late bus after evening sessions.");
    // the agreed findings are existing intelligence for the service area, for any later programme
    List<Map<String, Object>> evidence = jdbc.queryForList(
        "select * from wm_engagement_evidence where service_area = ? and stage = 'inspection' and programme_reference = ?",
        s.serviceArea, s.programmeReference);
    assertThat(evidence).singleElement().satisfies(row -> {
      Map<String, Object> r = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      r.putAll(row);
      assertThat(r.get("method")).isEqualTo("Young Inspectors visit");
      assertThat(((Number) r.get("participants_total")).intValue()).isEqualTo(2);
      assertThat(r.get("age_bands").toString()).isEqualTo("16-17, 18-25");
      assertThat(r.get("what_they_said").toString()).contains("little say").contains("1. Set up a youth forum");
    });
    assertThat(jdbc.queryForObject("select count(*) from wm_engagement_evidence where service_area = ? and stage = 'inspection'",
        Integer.class, s.serviceArea)).isPositive();

    Map<String, Object> answers = new HashMap<>(accepted(1, "Forum starts in January", LocalDate.now().plusDays(40)));
    answers.putAll(accepted(2, "Ask the bus company for a 9pm bus", LocalDate.now().plusDays(20)));
    s.complete("ProviderResponse", answers);
    assertThat(pi).isWaitingAt("FollowUpActions");
    Task followUp = task("FollowUpActions", pi);
    assertThat(YouthInspectionProcessTest.day(followUp.getDueDate())).isEqualTo(LocalDate.now().plusDays(20));

    s.complete("FollowUpActions", Map.of("actionDone2", true, "followUpNote", "The 9pm bus runs from next week."));
    assertThat(pi).isWaitingAt("FollowUpActions");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "openActionCount")).isEqualTo(1);
    assertThat(YouthInspectionProcessTest.day(task("FollowUpActions", pi).getDueDate())).isEqualTo(LocalDate.now().plusDays(40));
    s.complete("FollowUpActions", Map.of("actionDone1", true, "followUpNote", "The forum met on 12 January."));

    assertThat(pi).isWaitingAt("TellInspectors");
    s.complete("TellInspectors", Map.of("youSaidWeDid", "You said there was no late bus: there is now a 9pm bus, and a youth forum."));
    assertThat(jdbc.queryForObject("select count(*) from wm_feedback where programme_reference = ? and stage = 'inspection'",
        Integer.class, s.programmeReference)).isOne();
    // owed since the findings were agreed (today), due after the working days any feedback has; sent today
    assertThat(jdbc.queryForObject("select due_on from wm_feedback where programme_reference = ? and stage = 'inspection'",
        java.sql.Date.class, s.programmeReference).toLocalDate())
        .isEqualTo(org.withme.commissioning.WorkingDays.add(LocalDate.now(), 20));

    List<Task> rewards = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ChooseReward").list();
    assertThat(rewards).extracting(Task::getAssignee).containsExactlyInAnyOrder(isla, ben);
    engine.getTaskService().complete(rewards.get(0).getId(), Map.of("rewardChoice", "voucher", "processRating", "5",
        "processFeedback", "The training was fun."));
    engine.getTaskService().complete(rewards.get(1).getId(), Map.of("rewardChoice", "activity-pass", "processRating", "4"));

    assertThat(pi).isEnded().hasPassedInOrder("CloseInspection", "InspectionCompleted");
    assertThat(jdbc.queryForObject("select count(*) from wm_inspection_feedback where inspection_id = ?", Integer.class, id)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select gap_count from wm_inspection where id = ? and completed_at is not null", Integer.class, id))
        .isEqualTo(2);
    assertThat(jdbc.queryForList("select status from wm_inspection_recommendation where inspection_id = ? order by position",
        String.class, id)).containsExactly("done", "done");
  }

  static void trainingAndRefresher(ProcessEngine engine, org.springframework.jdbc.core.JdbcTemplate jdbc, YoungInspectorPool pool) {
    assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where lower(table_name) = 'wm_young_inspector'"
        + " and lower(column_name) = 'date_of_birth'", Integer.class)).as("no date of birth is kept").isZero();
    String user = "yi-train-" + System.nanoTime() % 1000000;
    LocalDate trained = LocalDate.now().minusDays(100);
    Map<String, Object> start = new HashMap<>();
    start.put("inspectorUserId", user);
    start.put("inspectorName", "Noor");
    start.put("inspectorAgeBand", "11-15");
    start.put("trainedOn", trained.toString());
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("young-inspector-training", start);

    assertThat(pi).isWaitingAt("GiveRefresherTraining").hasBusinessKey(user);
    Task refresher = task(pi);
    assertThat(refresher).hasCandidateGroup("participation-officers");
    assertThat(YouthInspectionProcessTest.day(refresher.getDueDate())).isEqualTo(trained.plusYears(1));
    assertThat(pool.find(user)).get().extracting(YoungInspector::refresherDueOn).isEqualTo(trained.plusYears(1));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(refresher.getId(),
            Map.of("stillInspecting", "yes")))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("(refresherTrainedOn) must be a date");

    LocalDate again = LocalDate.now();
    assertThat(pool.find(user)).get().extracting(YoungInspector::ageBand).isEqualTo(AgeBand.AGED_11_TO_15);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inspectorDateOfBirth")).isNull();
    engine.getTaskService().complete(refresher.getId(), Map.of("stillInspecting", "yes", "refresherTrainedOn", again.toString(),
        "inspectorAgeBand", "16-17"));
    assertThat(pi).isWaitingAt("GiveRefresherTraining");
    assertThat(pool.find(user)).get().extracting(YoungInspector::ageBand).as("the age group kept current at each refresher")
        .isEqualTo(AgeBand.AGED_16_TO_17);
    assertThat(YouthInspectionProcessTest.day(task(pi).getDueDate())).isEqualTo(again.plusYears(1));
    assertThat(pool.find(user)).get().extracting(YoungInspector::lastTrainedOn).isEqualTo(again);

    engine.getTaskService().complete(task(pi).getId(), Map.of("stillInspecting", "no"));
    assertThat(pi).isEnded().hasPassed("LeftThePool");
    assertThat(pool.find(user)).get().extracting(YoungInspector::active).isEqualTo(false);
    assertThat(pool.active()).doesNotContainKey(user);
  }
}
