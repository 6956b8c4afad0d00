package org.withme.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.SensitiveProgrammes;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;
import org.withme.tender.SensitiveTenders;

/**
 * The adversarial suite: every route that can move work on, change what the gates read, or read
 * variables, tried by every demo role (and nobody, and a user in two groups), over the REST API and
 * through the webapps' session, against programmes and tenders at their sensitive points.
 *
 * <p>A <b>bypass</b> is a route that must be refused for the caller answering 2xx, or any change to
 * the instances, their tasks, jobs and variables, WithMe's records, batches, users or grants after
 * it. A <b>leak</b> is a secret (a price, kai's scores before yasmin's, a conflict's detail, a young
 * panellist's supporting adult) in a response to someone outside the people who need it, or a
 * search by a secret's value answering differently for a right and a wrong guess. Any 5xx, or a Java
 * class name in a response, is counted too. The report is written to target/adversarial-report.txt.
 */
@WithMeTest
class AdversarialSuiteTest {

  static final List<String> USERS = List.of("cora", "hana", "pat", "yasmin", "kai", "isla", "priya", "dara", "ash",
      "owen", "opal", "admin", "cole");
  static final List<String> WEBAPP_USERS = List.of("yasmin", "priya", "owen", "opal");
  /** Who may see each secret. */
  static final Map<String, Set<String>> NEED = Map.of(
      SensitiveTenders.PRICE_NORTH, Set.of("priya", "admin"),
      SensitiveTenders.PRICE_HARBOUR, Set.of("priya", "admin"),
      SensitiveTenders.KAI_REASON, Set.of("kai", "priya", "admin"),
      SensitiveTenders.CONFLICT, Set.of("cora", "priya", "admin"),
      SensitiveTenders.SUPPORTING_ADULT, Set.of("pat", "admin"));
  static final Pattern CLASS_NAME = Pattern.compile("\\b(org|java|javax|jakarta|com)\\.[a-z0-9]+\\.[A-Za-z0-9_.$]+");
  static final List<String> TABLES = List.of("wm_programme", "wm_stage_entry", "wm_gate_decision",
      "wm_participation_exception", "wm_engagement_evidence", "wm_feedback", "wm_tender", "wm_tender_score",
      "wm_tender_conflict", "wm_tender_bid", "wm_panel_member", "wm_operator_action");

  static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  /** The fixtures' ids, by placeholder. */
  final Map<String, String> ids = new LinkedHashMap<>();
  final List<String> instances = new ArrayList<>();

  /** A route: refused for everyone outside {@code allowed} (who are not sent it, as it would do real work). */
  record Route(String kind, String method, String path, Function<String, Object> body, Set<String> allowed) {}

  @Test
  void noRouteAroundAGateAndNoLeak() throws Exception {
    fixtures();
    List<Caller> callers = new ArrayList<>();
    String root = rest.getRootUri();
    callers.add(Caller.rest(root, null));
    for (String u : USERS) {
      callers.add(Caller.rest(root, u));
    }
    for (String u : WEBAPP_USERS) {
      callers.add(Caller.webapp(root, u));
    }

    List<String> bypasses = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int attempts = 0;
    Set<String> routesTried = new java.util.TreeSet<>();
    for (Route route : moves()) {
      for (Caller caller : callers) {
        if (caller.user != null && route.allowed().contains(caller.user)) {
          continue;
        }
        String path = fill(route.path(), caller);
        Object body = route.body() == null ? null
            : fill(JSON.writeValueAsString(route.body().apply(caller.user == null ? "nobody" : caller.user)), caller);
        Map<String, String> before = snapshot();
        Caller.Response r = caller.send(route.method(), path, body);
        attempts++;
        routesTried.add(route.method() + " " + route.path());
        Map<String, String> after = snapshot();
        String who = caller.name() + " " + route.method() + " " + path;
        if (r.status() >= 200 && r.status() < 300) {
          bypasses.add(who + " -> " + r.status() + " " + cut(r.body()));
        } else if (!before.equals(after)) {
          bypasses.add(who + " -> " + r.status() + " but changed " + diff(before, after));
        }
        check(who, r, errors);
      }
    }
    for (Route route : reads()) {
      for (Caller caller : callers) {
        String path = fill(route.path(), caller);
        Caller.Response r = caller.send(route.method(), path, route.body() == null ? null : route.body().apply("x"));
        attempts++;
        routesTried.add(route.method() + " " + route.path());
        String who = caller.name() + " " + route.method() + " " + path;
        NEED.forEach((secret, need) -> {
          if (r.body() != null && r.body().contains(secret) && (caller.user == null || !need.contains(caller.user))) {
            leaks.add(who + " shows " + secret);
          }
        });
        check(who, r, errors);
      }
    }
    for (String[] probe : probes()) {
      for (Caller caller : callers) {
        Caller.Response hit = caller.send("GET", fill(probe[1], caller), null);
        Caller.Response miss = caller.send("GET", fill(probe[2], caller), null);
        attempts += 2;
        routesTried.add("GET " + probe[1]);
        Set<String> need = NEED.get(probe[0]);
        if ((caller.user == null || !need.contains(caller.user)) && hit.status() == 200
            && !String.valueOf(hit.body()).equals(String.valueOf(miss.body()))) {
          leaks.add(caller.name() + " tells " + probe[0] + " by searching: " + probe[1]);
        }
        check(caller.name() + " GET " + probe[1], hit, errors);
      }
    }

    String report = "Adversarial suite: " + routesTried.size() + " routes x " + callers.size() + " callers ("
        + USERS.size() + " users and nobody over REST, " + WEBAPP_USERS.size() + " through the webapps), " + attempts
        + " attempts\nbypasses: " + bypasses.size() + "\nleaks: " + leaks.size() + "\n5xx or class names: " + errors.size()
        + "\n\n" + String.join("\n", bypasses) + "\n\n" + String.join("\n", leaks) + "\n\n" + String.join("\n", errors) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/adversarial-report.txt"), report);
    System.out.println(report.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElse(""));

    assertThat(attempts).isGreaterThan(1000);
    assertThat(bypasses).as("bypasses").isEmpty();
    assertThat(leaks).as("leaks").isEmpty();
    assertThat(errors).as("5xx and class names").isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("ADV-%").count())
        .as("no programme started part-way").isZero();
  }

  private static void check(String who, Caller.Response r, List<String> errors) {
    if (r.status() >= 500 || r.status() < 0) {
      errors.add(who + " -> " + r.status() + " " + cut(r.body()));
    } else if (r.status() >= 400 && r.body() != null && CLASS_NAME.matcher(r.body()).find()) {
      errors.add(who + " -> " + r.status() + " names a class: " + cut(r.body()));
    }
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  // ---- fixtures

  private void fixtures() {
    if (engine.getIdentityService().createUserQuery().userId("cole").count() == 0) {
      User cole = engine.getIdentityService().newUser("cole");
      cole.setFirstName("Cole");
      cole.setLastName("Test");
      cole.setPassword("cole");
      engine.getIdentityService().saveUser(cole);
      engine.getIdentityService().createMembership("cole", "commissioners");
      engine.getIdentityService().createMembership("cole", "head-of-commissioning");
    }
    ProcessInstance p = SensitiveProgrammes.beforeTheAnalyseGate(engine);
    ProcessInstance e = SensitiveProgrammes.exceptionAwaitingDecision(engine, "cole");
    ProcessInstance a = SensitiveProgrammes.atAdvisoryComments(engine);
    SensitiveTenders.Tender t = SensitiveTenders.atScoring(engine);
    SensitiveTenders.Tender t2 = SensitiveTenders.atStandstill(engine);
    ids.put("{P}", p.getId());
    ids.put("{PKEY}", p.getBusinessKey());
    ids.put("{E}", e.getId());
    ids.put("{T}", t.instance().getId());
    ids.put("{T2}", t2.instance().getId());
    ids.put("{TASK_T}", t.yasminsScoring());
    ids.put("{TASK_P}", task(p.getId()).getId());
    ids.put("{TASK_E}", task(e.getId()).getId());
    ids.put("{TASK_A}", task(a.getId()).getId());
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(t2.instance().getId()).singleResult();
    ids.put("{JOB}", timer.getId());
    ids.put("{JOBDEF}", timer.getJobDefinitionId());
    ids.put("{DEF_C}", p.getProcessDefinitionId());
    ids.put("{DEF_T}", t.instance().getProcessDefinitionId());
    ids.put("{DEP}", engine.getRepositoryService().getProcessDefinition(p.getProcessDefinitionId()).getDeploymentId());
    instances.addAll(List.of(p.getId(), e.getId(), a.getId(), t.instance().getId(), t2.instance().getId()));
  }

  private Task task(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private String fill(String path, Caller caller) {
    String s = path;
    for (var id : ids.entrySet()) {
      s = s.replace(id.getKey(), id.getValue());
    }
    return s.replace("{SELF}", caller.user == null ? "nobody" : caller.user);
  }

  /** Everything an attack could change, as text: the engine's runtime rows of the fixtures, WithMe's records, counts. */
  private Map<String, String> snapshot() {
    Map<String, String> s = new TreeMap<>();
    String in = String.join(",", instances.stream().map(i -> "'" + i + "'").toList());
    s.put("executions", rows("select id_, act_id_, suspension_state_, rev_ from act_ru_execution where proc_inst_id_ in (" + in + ")"));
    s.put("variables", rows("select id_, name_, rev_, execution_id_, task_id_ from act_ru_variable where proc_inst_id_ in (" + in + ")"));
    s.put("tasks", rows("select id_, assignee_, owner_, due_date_, follow_up_date_, priority_, suspension_state_, rev_"
        + " from act_ru_task where proc_inst_id_ in (" + in + ")"));
    s.put("links", rows("select l.task_id_, l.type_, l.user_id_, l.group_id_ from act_ru_identitylink l join act_ru_task t"
        + " on t.id_ = l.task_id_ where t.proc_inst_id_ in (" + in + ")"));
    s.put("jobs", rows("select id_, retries_, suspension_state_, duedate_, priority_, rev_ from act_ru_job"
        + " where process_instance_id_ in (" + in + ")"));
    for (String table : TABLES) {
      s.put(table, String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
    }
    s.put("decided exceptions", rows("select count(*) from wm_participation_exception where decision is not null"));
    s.put("batches", rows("select count(*) from act_ru_batch"));
    s.put("authorizations", rows("select count(*), sum(perms_) from act_ru_authorization"));
    s.put("users", rows("select count(*) from act_id_user"));
    s.put("memberships", rows("select count(*) from act_id_membership"));
    s.put("deployments", rows("select count(*) from act_re_deployment"));
    s.put("definitions", rows("select id_, suspension_state_ from act_re_procdef"));
    s.put("started part-way", rows("select count(*) from act_hi_procinst where business_key_ like 'ADV-%'"));
    return s;
  }

  private String rows(String sql) {
    return jdbc.queryForList(sql).stream().map(r -> r.values().toString()).sorted().toList().toString();
  }

  private static String diff(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    for (String k : after.keySet()) {
      if (!after.get(k).equals(before.get(k))) {
        changed.add(k + ": " + cut(before.get(k)) + " => " + cut(after.get(k)));
      }
    }
    for (String k : before.keySet()) {
      if (!after.containsKey(k)) {
        changed.add(k + " removed");
      }
    }
    return String.join("; ", changed);
  }

  // ---- the catalogue

  private static Map<String, Object> vars(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], Map.of("value", kv[i + 1]));
    }
    return m;
  }

  private static Route move(String method, String path, Function<String, Object> body, String... allowed) {
    return new Route("move", method, path, body, Set.of(allowed));
  }

  private static Route read(String method, String path) {
    return new Route("read", method, path, null, Set.of());
  }

  private static Map<String, Object> startPartWay(String activity, String type, boolean skip, String key) {
    Map<String, Object> start = new LinkedHashMap<>(Map.of("businessKey", "ADV-" + Programmes.newReference(),
        "startInstructions", List.of(Map.of("type", type, "activityId", activity)),
        "variables", vars("programmeReference", "ADV-x", "programmeTitle", "Walked round", "gatePassed", true)));
    start.put("skipCustomListeners", skip);
    start.put("skipIoMappings", skip);
    return start;
  }

  List<Route> moves() {
    String t = "/task/{TASK_T}";
    return List.of(
        // WithMe's own endpoints (paths from the root): erasure and retention for administrators over Basic only
        move("POST", "/withme/privacy/erasures", u -> Map.of("userId", "kai", "reason", "asked by " + u), "admin"),
        move("POST", "/withme/privacy/retention-runs", u -> Map.of(), "admin"),
        move("POST", "/process-definition/key/commissioning-cycle/start", u -> startPartWay("AnalyseGate", "startAfterActivity", false, u)),
        move("POST", "/process-definition/key/commissioning-cycle/start", u -> startPartWay("DecideNextStep", "startBeforeActivity", true, u)),
        move("POST", "/process-definition/key/commissioning-cycle/submit-form", u -> Map.of("businessKey", "ADV-" + Programmes.newReference(),
            "skipCustomListeners", true, "variables", vars("programmeTitle", "x"))),
        move("POST", "/process-definition/key/tender-evaluation/start", u -> startPartWay("AwardContract", "startBeforeActivity", false, u)),
        move("POST", "/process-instance/{P}/modification", u -> Map.of("instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "PlanStage"), Map.of("type", "cancel", "activityId", "AnalyseCheckIntelligence")))),
        move("POST", "/process-instance/{T}/modification", u -> Map.of("skipCustomListeners", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "AwardContract")))),
        move("POST", "/process-instance/{T}/modification-async", u -> Map.of("instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "AwardContract")))),
        move("POST", "/modification/execute", u -> Map.of("processDefinitionId", "{DEF_T}", "processInstanceIds", List.of("{T}"),
            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "AwardContract")))),
        move("POST", "/modification/executeAsync", u -> Map.of("processDefinitionId", "{DEF_T}", "processInstanceIds", List.of("{T}"),
            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "AwardContract")))),
        move("POST", "/migration/execute", u -> Map.of("migrationPlan", Map.of("sourceProcessDefinitionId", "{DEF_C}",
            "targetProcessDefinitionId", "{DEF_C}", "instructions", List.of()), "processInstanceIds", List.of("{P}"))),
        move("POST", "/process-definition/{DEF_C}/restart", u -> Map.of("processInstanceIds", List.of("{P}"),
            "instructions", List.of(Map.of("type", "startAfterActivity", "activityId", "AnalyseGate")))),
        move("PUT", "/process-instance/{P}/variables/gatePassed", u -> Map.of("value", true, "type", "Boolean")),
        move("PUT", "/process-instance/{P}/variables/programmeReference", u -> Map.of("value", "P-OTHER", "type", "String")),
        move("POST", "/process-instance/{T}/variables", u -> Map.of("modifications", vars("tenderReference", "T-OTHER"))),
        move("DELETE", "/process-instance/{T}/variables/tenderReference", null),
        move("PUT", "/execution/{P}/localVariables/stage", u -> Map.of("value", "review", "type", "String")),
        move("POST", "/variables/set-async", u -> Map.of("processInstanceIds", List.of("{P}"), "variables", vars("gatePassed", true))),
        move("POST", "/message", u -> Map.of("messageName", "anything", "businessKey", "{PKEY}")),
        move("POST", "/signal", u -> Map.of("name", "anything")),
        move("POST", "/execution/{P}/signal", u -> Map.of()),
        move("POST", "/condition", u -> Map.of("variables", vars("gatePassed", true))),
        move("POST", t + "/bpmnError", u -> Map.of("errorCode", "anything")),
        move("POST", t + "/bpmnEscalation", u -> Map.of("escalationCode", "anything")),
        move("POST", "/job/{JOB}/execute", null),
        move("PUT", "/job/{JOB}/duedate", u -> Map.of("duedate", "2026-01-01T00:00:00.000+0000")),
        move("PUT", "/job/{JOB}/retries", u -> Map.of("retries", 0)),
        move("PUT", "/job/{JOB}/suspended", u -> Map.of("suspended", true)),
        move("PUT", "/job/{JOB}/priority", u -> Map.of("priority", 99)),
        move("POST", "/job/retries", u -> Map.of("jobIds", List.of("{JOB}"), "retries", 0)),
        move("PUT", "/job-definition/{JOBDEF}/suspended", u -> Map.of("suspended", true, "includeJobs", true)),
        move("PUT", "/process-instance/{T}/suspended", u -> Map.of("suspended", true)),
        move("PUT", "/process-instance/suspended", u -> Map.of("processInstanceIds", List.of("{T}"), "suspended", true)),
        move("PUT", "/process-definition/{DEF_T}/suspended", u -> Map.of("suspended", true, "includeProcessInstances", true)),
        move("DELETE", "/process-instance/{P}", null),
        move("POST", "/process-instance/delete", u -> Map.of("processInstanceIds", List.of("{P}"), "deleteReason", "tidy")),
        move("DELETE", "/deployment/{DEP}?cascade=true", null),
        move("PUT", t + "/variables/panellist", u -> Map.of("value", "kai", "type", "String")),
        move("PUT", t + "/localVariables/panellist", u -> Map.of("value", "kai", "type", "String")),
        move("POST", t + "/variables", u -> Map.of("modifications", vars("tenderReference", "T-OTHER"))),
        move("DELETE", t + "/variables/scoreSheet", null),
        move("POST", t + "/complete", u -> Map.of("variables", vars("scoreSheet", "[]")), "yasmin"),
        move("POST", t + "/submit-form", u -> Map.of("variables", vars("scoreSheet", "[]")), "yasmin"),
        move("POST", t + "/claim", u -> Map.of("userId", "{SELF}"), "yasmin"),
        move("POST", t + "/assignee", u -> Map.of("userId", "kai"), "priya", "admin"),
        move("POST", t + "/delegate", u -> Map.of("userId", "kai"), "priya", "admin"),
        move("POST", t + "/identity-links", u -> Map.of("groupId", "young-panellists", "type", "candidate"), "priya", "admin"),
        move("PUT", t, u -> Map.of("name", "Score the bids", "assignee", "yasmin", "due", "2026-01-01T00:00:00.000+0000"),
            "priya", "admin"),
        move("POST", "/task/{TASK_E}/complete", u -> Map.of("variables", vars("exceptionDecision", "approve",
            "exceptionDecisionReason", "Agreed.", "exceptionRequestedBy", "cora")), "hana"),
        move("POST", "/task/{TASK_E}/claim", u -> Map.of("userId", "{SELF}"), "hana", "cole"),
        move("POST", "/task/{TASK_P}/complete", u -> Map.of("variables", vars("newEngagementNeeded", "no",
            "newEngagementReason", "Young people told us enough last month.")), "cora", "cole"),
        move("POST", "/task/{TASK_P}/claim", u -> Map.of("userId", "{SELF}"), "cora", "cole"),
        // the advisory group's comments on performance: only its members, and no say over the stage or programme
        move("POST", "/task/{TASK_A}/submit-form", u -> Map.of("variables", vars("advisoryMetOn", java.time.LocalDate.now().minusDays(1).toString(),
            "advisoryYoung16to18", 3, "advisoryAdults", 1, "advisoryPerformanceComment", "It works for us.",
            "advisoryWhatShouldChange", "Keep it going.", "stage", "plan")), "ash"),
        move("POST", "/task/{TASK_A}/complete", u -> Map.of("variables", vars("advisoryMetOn", java.time.LocalDate.now().minusDays(1).toString(),
            "advisoryYoung16to18", 3, "advisoryAdults", 1, "advisoryPerformanceComment", "It works for us.",
            "advisoryWhatShouldChange", "Keep it going.")), "ash"),
        move("POST", "/task/{TASK_A}/claim", u -> Map.of("userId", "{SELF}"), "ash"),
        move("POST", "/authorization/create", u -> Map.of("type", 1, "permissions", List.of("ALL"), "userId", u,
            "resourceType", 8, "resourceId", "*"), "admin"),
        move("PUT", "/group/process-operators/members/{SELF}", null, "admin"),
        move("POST", "/user/create", u -> Map.of("profile", Map.of("id", "adv-" + u, "firstName", "A", "lastName", "B"),
            "credentials", Map.of("password", "Kestrel-Quarry-41")), "admin"));
  }

  List<Route> reads() {
    return List.of(
        // the council's public page and its feed (paths from the root): open to everyone, no secret in them
        read("GET", "/withme/public"),
        read("GET", "/withme/public/programmes/{PKEY}"),
        read("GET", "/withme/public/feed.atom"),
        read("GET", "/process-instance/{T}/variables?deserializeValues=false"),
        read("GET", "/process-instance/{T2}/variables?deserializeValues=false"),
        read("GET", "/task/{TASK_T}/variables?deserializeValues=false"),
        read("GET", "/task/{TASK_T}/form-variables?deserializeValues=false"),
        read("GET", "/task/{TASK_T}/localVariables?deserializeValues=false"),
        read("GET", "/variable-instance?maxResults=500&deserializeValues=false&processInstanceIdIn={T},{T2}"),
        read("GET", "/history/variable-instance?maxResults=500&deserializeValues=false&processInstanceId={T}"),
        read("GET", "/history/variable-instance?maxResults=500&deserializeValues=false&processInstanceId={T2}"),
        read("GET", "/history/detail?maxResults=500&deserializeValues=false&processInstanceId={T}"),
        read("GET", "/history/detail?maxResults=500&deserializeValues=false&processInstanceId={T2}"),
        read("GET", "/history/user-operation?maxResults=500&processInstanceId={T}"),
        read("GET", "/history/activity-instance?maxResults=500&processInstanceId={T}"),
        read("GET", "/history/task?maxResults=100&processInstanceId={T}"),
        read("GET", "/history/process-instance/{T}"),
        read("GET", "/history/incident?processInstanceId={T2}"),
        read("GET", "/execution?processInstanceId={T}"),
        read("GET", "/task?maxResults=100&processInstanceId={T}"),
        read("GET", "/task/{TASK_T}"),
        read("GET", "/task/{TASK_T}/comment"),
        read("GET", "/task/{TASK_T}/form"),
        read("GET", "/process-instance/{T}"),
        read("GET", "/process-instance/{T}/activity-instances"));
  }

  /** A search by a secret's value: {secret, search for the right value, search for a wrong one}. */
  List<String[]> probes() {
    String bidsRight = "bids_like_%25" + SensitiveTenders.PRICE_NORTH + "%25";
    String bidsWrong = "bids_like_%25" + "111119" + "%25";
    String conflictRight = "conflictDetails_eq_" + SensitiveTenders.CONFLICT;
    String conflictWrong = "conflictDetails_eq_Nothing-to-declare-0Q";
    return List.of(
        new String[] {SensitiveTenders.PRICE_NORTH, "/history/process-instance?processInstanceId={T}&variables=" + bidsRight,
            "/history/process-instance?processInstanceId={T}&variables=" + bidsWrong},
        new String[] {SensitiveTenders.PRICE_NORTH, "/history/process-instance/count?processInstanceId={T}&variables=" + bidsRight,
            "/history/process-instance/count?processInstanceId={T}&variables=" + bidsWrong},
        new String[] {SensitiveTenders.CONFLICT, "/history/process-instance/count?processInstanceId={T}&variables=" + conflictRight,
            "/history/process-instance/count?processInstanceId={T}&variables=" + conflictWrong},
        new String[] {SensitiveTenders.CONFLICT, "/history/task/count?processInstanceId={T}&processVariables=" + conflictRight,
            "/history/task/count?processInstanceId={T}&processVariables=" + conflictWrong},
        new String[] {SensitiveTenders.CONFLICT, "/history/variable-instance/count?processInstanceId={T}&variableName=conflictDetails"
            + "&variableValues=conflictDetails_eq_" + SensitiveTenders.CONFLICT,
            "/history/variable-instance/count?processInstanceId={T}&variableName=conflictDetails&variableValues=conflictDetails_eq_x"});
  }
}
