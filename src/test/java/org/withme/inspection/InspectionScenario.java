package org.withme.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.withme.support.Programmes;

/** Drives a youth inspection with fictional data, step by step, for the scenario tests. */
final class InspectionScenario {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final ProcessEngine engine;
  final YoungInspectorPool pool;
  final String programmeReference = Programmes.newReference();
  final String serviceArea;
  ProcessInstance pi;

  InspectionScenario(ProcessEngine engine, YoungInspectorPool pool, String serviceArea) {
    this.engine = engine;
    this.pool = pool;
    this.serviceArea = serviceArea;
  }

  /** A fresh inspector in the pool, trained {@code trainedDaysAgo} ago, aged {@code age}. */
  String inspector(String name, int age, int trainedDaysAgo) {
    String id = "yi-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    LocalDate trained = LocalDate.now().minusDays(trainedDaysAgo);
    pool.recordTraining(id, name, AgeBand.forAge(age), trained, trained.plusYears(1), "initial",
        "test", java.time.Instant.now());
    return id;
  }

  static Map<String, Object> startForm(String programmeReference, String serviceArea) {
    Map<String, Object> v = new HashMap<>();
    v.put("programmeTitle", "Riverside youth club");
    v.put("programmeReference", programmeReference);
    v.put("serviceArea", serviceArea);
    v.put("contractReference", "CON-" + programmeReference);
    v.put("providerName", "Riverside Youth Trust");
    return v;
  }

  ProcessInstance start() {
    pi = engine.getRuntimeService().startProcessInstanceByKey("youth-inspection", startForm(programmeReference, serviceArea));
    return pi;
  }

  String inspectionId() {
    return (String) engine.getRuntimeService().getVariable(pi.getId(), "inspectionId");
  }

  static Object list(List<String> values) {
    return Variables.objectValue(values).serializationDataFormat("application/json").create();
  }

  void assign(String... inspectorIds) {
    complete("AssignInspectors", Map.of("inspectorsAssigned", list(List.of(inspectorIds))));
  }

  void agreeTool() {
    Map<String, Object> v = new HashMap<>();
    v.put("toolQuestion1", "Do young people feel welcome and safe here?");
    v.put("toolQuestion2", "Do young people have a say in what the club does?");
    v.put("toolQuestion3", "Is the club easy to get to after school?");
    v.put("toolQuestion4", null);
    v.put("toolQuestion5", null);
    v.put("toolInspectorsInput", "Kit asked for the travel question; the say question was reworded.");
    complete("AgreeMonitoringTool", v);
  }

  void schedule(boolean consent) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitDate", LocalDate.now().plusDays(7).toString());
    v.put("providerAgreedVisit", true);
    v.put("supportingAdult", "Jo Arden, youth worker");
    v.put("parentalConsentConfirmed", consent);
    complete("ScheduleVisit", v);
  }

  /** Every assigned inspector records the same scores, each in their own task. */
  void inspectorsScore(long... scores) {
    for (org.camunda.bpm.engine.task.Task t : findingsTasks()) {
      engine.getTaskService().complete(t.getId(), findings(scores));
    }
  }

  /** One inspector records their own findings in their own task. */
  void inspectorScores(String inspector, long... scores) {
    engine.getTaskService().complete(findingsTaskOf(inspector).getId(), findings(scores));
  }

  List<org.camunda.bpm.engine.task.Task> findingsTasks() {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordInspectorFindings").orderByTaskAssignee().asc().list();
  }

  org.camunda.bpm.engine.task.Task findingsTaskOf(String inspector) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordInspectorFindings").taskAssignee(inspector).singleResult();
  }

  static Map<String, Object> findings(long... scores) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      v.put("inspectorScore" + (i + 1), scores[i]);
      v.put("inspectorComment" + (i + 1), "We saw it ourselves, question " + (i + 1));
    }
    return v;
  }

  void managerScores(long... scores) {
    Map<String, Object> v = new HashMap<>();
    v.put("managerRecordedHow", "commissioner");
    for (int i = 0; i < scores.length; i++) {
      v.put("managerScore" + (i + 1), scores[i]);
      v.put("managerComment" + (i + 1), "Manager's note " + (i + 1));
    }
    complete("RecordManagerView", v);
  }

  void report(String... recommendations) {
    Map<String, Object> v = new HashMap<>();
    v.put("findingsSummary", "Young people feel safe, but have little say in what the club does.");
    for (int i = 0; i < recommendations.length; i++) {
      v.put("recommendation" + (i + 1), recommendations[i]);
    }
    complete("WriteReport", v);
  }

  static Map<String, Object> accepted(int i, String action, LocalDate by) {
    return Map.of("providerAnswer" + i, "accepted", "providerAction" + i, action, "providerActionDate" + i, by.toString());
  }

  static Map<String, Object> declined(int i, String reason) {
    return Map.of("providerAnswer" + i, "declined", "providerDeclineReason" + i, reason);
  }

  void complete(String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(taskKey, pi).getId(), variables);
  }
}
