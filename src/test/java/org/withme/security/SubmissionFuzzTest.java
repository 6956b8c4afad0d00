package org.withme.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.commissioning.SensitiveProgrammes;
import org.withme.forms.FormField;
import org.withme.forms.FormSchema;
import org.withme.forms.Snapshots;
import org.withme.forms.SubmissionRules;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;
import org.withme.tender.Rows;
import org.withme.tender.SensitiveTenders;

/**
 * The fuzz suite (issue 10): malformed submissions, generated from a fixed seed and from the forms'
 * own declarations, sent over HTTP to every start form and to task forms at sensitive points (a
 * stage's gate, an exception awaiting its decision, scoring, conflicts, bids), each by the person
 * who may submit it, so that a refusal is about the input and never about a permission.
 *
 * <p>One input in eight goes through the webapps' engine API (the Tasklist's route, with the login
 * form's session and CSRF token) instead of the REST API.
 *
 * <p>Every input is wrong in one way: a value of the wrong kind (text for a number, an object for
 * text, a list for a single value, true for a choice, null or nothing where it is required), too
 * large, out of range or not finite, an impossible or foreign date, control characters, a lone
 * surrogate or bytes that are not UTF-8, an option not offered, a list with foreign or nested
 * entries, a score sheet with a row or column changed, a variable type the forms never send (bytes,
 * a file, XML, a serialized Java object, a Java class in JSON), a field the form does not declare
 * or one shown read-only, or a body that is not the JSON the call takes (truncated, empty, too
 * deeply nested, duplicate names, trailing text, the wrong content type).
 *
 * <p>It asserts for each: no answer of 500 or more; the expected refusal (400; 415 for a content
 * type that is not JSON; 403 where a route is closed to everyone); a plain message that names the
 * field whenever the body could be read, and no Java class, exception, stack trace or SQL; and
 * that nothing changed: the targets' variables and open tasks (and their assignees), the engine's
 * row counts and WithMe's records. Row counts are compared after each input; the contents of
 * WithMe's tables after each batch, replaying a batch one input at a time if it changed anything.
 * At the end the unmutated submission of every target is accepted, which shows the refusals were
 * about the mutation. The numbers are printed and written to target/fuzz-report.txt.
 */
@WithMeTest
class SubmissionFuzzTest {

  static final long SEED = 20261203L;
  static final int BATCH = 100;
  static final ObjectMapper JSON = new ObjectMapper();

  static final Pattern LEAK = Pattern.compile("\\b(?:org|java|javax|jakarta|com|net|io|sun|jdk)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+"
      + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\n\\s*at [\\w.$]+\\(|Caused by:|\\[B@|\\[Source:"
      + "|(?i:\\bSQL|SQLSTATE|JDBC|\\bACT_[A-Z]{2}_|\\bwm_[a-z_]+|\\bselect\\b.{0,200}\\bfrom\\b|\\binsert into\\b|\\bH2\\b|ibatis)");

  /** Variables a submission might try to write that the listeners or gates read: never in a form. */
  static final List<String> FORBIDDEN = List.of("panellist", "tenderReference", "stage", "stageStartedAt", "gatePassed",
      "gateOutcome", "gateReason", "exceptionRequestedBy", "programmeOwner", "tenderOwner", "reviewStartedBy",
      "inspectionStarter", "startedBySchedule", "scoreSheet", "taskStage", "inspectionId", "fuzzUnknown", "__proto__");

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  /** What a target's fixture gives: the instance and the open task (both null for a start form). */
  record Fixture(String instanceId, String taskId) {}

  /** A form to fuzz: who submits it, where, and a submission that is accepted as it is. */
  static final class Target {
    final String name;
    final String user;
    final String form;
    final String processKey;
    final Supplier<Fixture> fixtures;
    Fixture fixture;
    Map<String, Object> base;
    FormSchema schema;

    Target(String name, String user, String form, String processKey, Supplier<Fixture> fixtures) {
      this.name = name;
      this.user = user;
      this.form = form;
      this.processKey = processKey;
      this.fixtures = fixtures;
    }

    boolean isStart() {
      return fixture.taskId() == null;
    }

    String path(String route) {
      if (isStart()) {
        return "/process-definition/key/" + processKey + ("alt".equals(route) ? "/start" : "/submit-form");
      }
      return "/task/" + fixture.taskId() + ("alt".equals(route) ? "/complete" : "/submit-form");
    }
  }

  /**
   * One malformed submission.
   *
   * @param field    the field the refusal must name, or null when the body cannot be read
   * @param statuses the acceptable answers
   */
  record Input(Target target, String kind, String route, String method, String path, String contentType, byte[] body,
      String field, Set<Integer> statuses, List<String> echoes) {}

  record Outcome(int status, String message) {}

  // ---- the run

  @Test
  void malformedSubmissionsAreRefusedPlainlyAndChangeNothing() throws Exception {
    long began = System.nanoTime();
    List<Target> targets = targets();
    for (Target t : targets) {
      t.fixture = t.fixtures.get();
      t.schema = FormSchema.parse(Files.readString(Path.of("forms/" + t.form + ".form")));
      t.base = base(t);
    }
    Random random = new Random(SEED);
    List<Input> inputs = new ArrayList<>();
    for (Target t : targets) {
      inputs.addAll(generate(t, random));
    }

    String root = rest.getRootUri();
    Map<String, Caller> callers = new LinkedHashMap<>();
    Map<String, Caller> webCallers = new LinkedHashMap<>();
    int[] statuses = new int[inputs.size()];
    long sendNanos = 0;
    Snapshots snapshots = new Snapshots(jdbc);

    Map<String, Integer> byTarget = new TreeMap<>();
    Map<String, Integer> byKind = new TreeMap<>();
    List<String> fivexx = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    List<String> wrongStatus = new ArrayList<>();
    List<String> notPlain = new ArrayList<>();
    List<String> unnamed = new ArrayList<>();
    List<String> changes = new ArrayList<>();

    // each refusal is logged with its stack trace by the engine and the REST API: quiet while fuzzing
    Map<ch.qos.logback.classic.Logger, ch.qos.logback.classic.Level> levels = new LinkedHashMap<>();
    for (String name : List.of("org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception",
        "org.camunda.bpm.engine.cmd", "org.withme.api.ErrorBodyFilter", "org.camunda.bpm.engine.jobexecutor")) {
      ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name);
      levels.put(logger, logger.getLevel());
      logger.setLevel(ch.qos.logback.classic.Level.ERROR);
    }
    levels.keySet().stream().filter(l -> !l.getName().equals("org.withme.api.ErrorBodyFilter"))
        .forEach(l -> l.setLevel(ch.qos.logback.classic.Level.OFF));
    String counts = counts(snapshots);
    Map<String, String> instances = instances(snapshots, targets);
    Map<String, Integer> contents = snapshots.contents();
    int batchStart = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      long sent = System.nanoTime();
      Outcome out = send(caller(in, i, callers, webCallers, root), in);
      sendNanos += System.nanoTime() - sent;
      statuses[i] = out.status();
      byTarget.merge(in.target().name, 1, Integer::sum);
      byKind.merge(in.kind().replaceAll(" .*", ""), 1, Integer::sum);
      String who = "#" + i + " " + in.target().name + " " + in.kind() + " " + in.method() + " " + in.route()
          + (i % 8 == 5 && !"put".equals(in.route()) ? " (webapp)" : "") + " -> " + out.status();
      if (out.status() >= 500 || out.status() < 0) {
        fivexx.add(who + " " + cut(out.message()));
      } else if (out.status() < 300) {
        accepted.add(who);
      } else if (!in.statuses().contains(out.status())) {
        wrongStatus.add(who + " " + cut(out.message()));
      }
      String scrubbed = scrub(out.message(), in.echoes());
      if (out.status() >= 400 && (out.message().isBlank() || LEAK.matcher(scrubbed).find())) {
        notPlain.add(who + " " + cut(out.message()));
      }
      if (in.field() != null && out.status() == 400 && !out.message().contains(in.field())) {
        unnamed.add(who + " does not name " + in.field() + ": " + cut(out.message()));
      }
      String countsNow = counts(snapshots);
      String instanceNow = instanceOf(snapshots, in.target());
      if (!countsNow.equals(counts) || !instanceNow.equals(instances.get(in.target().name))) {
        changes.add(who + " changed " + (countsNow.equals(counts) ? "its instance" : "row counts " + counts + " => " + countsNow));
        counts = countsNow;
      }
      if (out.status() >= 200 && out.status() < 300) {
        in.target().fixture = in.target().fixtures.get(); // the step ran: fuzz a fresh one
        in.target().base = base(in.target());
        counts = counts(snapshots);
      }
      instances.put(in.target().name, instanceOf(snapshots, in.target()));
      if (i - batchStart + 1 == BATCH || i == inputs.size() - 1) {
        Map<String, Integer> now = snapshots.contents();
        if (!now.equals(contents)) {
          changes.addAll(bisect(inputs.subList(batchStart, i + 1), statuses, snapshots, callers, webCallers, root, batchStart));
          contents = snapshots.contents();
          counts = counts(snapshots);
          instances = instances(snapshots, targets);
        }
        batchStart = i + 1;
      }
    }
    levels.forEach(ch.qos.logback.classic.Logger::setLevel);
    long fuzzSeconds = (System.nanoTime() - began) / 1_000_000_000L;

    // the unmutated submission of each target is accepted: the refusals were about the mutations
    List<String> controls = new ArrayList<>();
    for (Target t : targets) {
      if (t.form.equals("run-engagement")) {
        // the test's process-coverage listener reads the definition with the user's rights, which participation
        // officers do not hold for commissioning-cycle; the browser walks complete this form in the Tasklist
        continue;
      }
      Outcome out = send(callers.computeIfAbsent(t.user, u -> Caller.rest(root, u)), control(t));
      if (out.status() < 200 || out.status() >= 300) {
        controls.add(t.name + " -> " + out.status() + " " + cut(out.message()));
      }
    }

    String report = "Fuzz suite (seed " + SEED + "): " + inputs.size() + " malformed submissions to " + targets.size()
        + " forms (" + targets.stream().filter(Target::isStart).count() + " start forms) in " + fuzzSeconds + " s ("
        + sendNanos / 1_000_000_000L + " s waiting for answers)\n"
        + "through the webapps' engine API: " + webCallers.size() + " people, " + java.util.stream.IntStream.range(0, inputs.size())
            .filter(k -> k % 8 == 5 && !"put".equals(inputs.get(k).route())).count() + " inputs\n"
        + "by form: " + byTarget + "\nby kind: " + byKind + "\n"
        + "5xx: " + fivexx.size() + "\naccepted: " + accepted.size() + "\nwrong status: " + wrongStatus.size()
        + "\nnot plain: " + notPlain.size() + "\nfield not named: " + unnamed.size() + "\nchanges: " + changes.size()
        + "\nunmutated submissions refused: " + controls.size() + "\n\n"
        + section("5xx", fivexx) + section("accepted", accepted) + section("wrong status", wrongStatus)
        + section("not plain", notPlain) + section("field not named", unnamed) + section("changes", changes)
        + section("unmutated refused", controls);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-report.txt"), report);
    System.out.println(report.lines().limit(11).reduce((a, b) -> a + "\n" + b).orElse(""));

    assertThat(inputs.size()).isGreaterThanOrEqualTo(1000);
    assertThat(fivexx).as("answers of 500 or more").isEmpty();
    assertThat(accepted).as("malformed submissions accepted").isEmpty();
    assertThat(wrongStatus).as("refusals with an unexpected status").isEmpty();
    assertThat(notPlain).as("refusals naming a class, SQL or a stack trace, or with no message").isEmpty();
    assertThat(unnamed).as("refusals not naming the field").isEmpty();
    assertThat(changes).as("refused submissions that changed something").isEmpty();
    assertThat(controls).as("the unmutated submissions").isEmpty();
  }

  /**
   * Who sends input {@code i}: its form's person over the REST API with HTTP Basic, or, for one input in
   * eight (not the task-variable route), through the webapps' engine API with the session and CSRF token of
   * the login form, as the Tasklist does.
   */
  private static Caller caller(Input in, int i, Map<String, Caller> callers, Map<String, Caller> webCallers, String root) {
    if (i % 8 == 5 && !"put".equals(in.route())) {
      return webCallers.computeIfAbsent(in.target().user, u -> {
        try {
          return Caller.webapp(root, u);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }
    return callers.computeIfAbsent(in.target().user, u -> Caller.rest(root, u));
  }

  private static String section(String title, List<String> lines) {
    return lines.isEmpty() ? "" : "== " + title + "\n" + String.join("\n", lines) + "\n\n";
  }

  private static Outcome send(Caller caller, Input in) {
    Caller.Response r = caller.sendRaw(in.method(), in.path() != null ? in.path() : in.target().path(in.route()),
        in.contentType(), in.body());
    String message = r.body() == null ? "" : r.body();
    try {
      JsonNode node = JSON.readTree(message);
      if (node != null && node.hasNonNull("message")) {
        message = node.path("message").asText();
      }
    } catch (Exception notJson) {
      // judged as it is
    }
    return new Outcome(r.status(), message);
  }

  /** The message without the values the input itself sent (a refusal may quote them back). */
  private static String scrub(String message, List<String> echoes) {
    String s = message;
    for (String e : echoes) {
      if (e.length() >= 3) {
        s = s.replace(e, "");
      }
    }
    return s;
  }

  private String counts(Snapshots snapshots) {
    return snapshots.records() + " " + jdbc.queryForList("select (select count(*) from act_ru_task) t, (select count(*) from act_ru_execution) e,"
        + " (select count(*) from act_ru_variable) v, (select count(*) from act_hi_procinst) p,"
        + " (select count(*) from act_ru_identitylink) l, (select count(*) from act_ru_job) j").get(0).values();
  }

  private static String instanceOf(Snapshots snapshots, Target t) {
    return t.fixture.instanceId() == null ? "" : snapshots.instance(t.fixture.instanceId());
  }

  private static Map<String, String> instances(Snapshots snapshots, List<Target> targets) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Target t : targets) {
      m.put(t.name, instanceOf(snapshots, t));
    }
    return m;
  }

  /** A batch changed WithMe's records in place: sends its inputs again, one at a time, to name the ones that do. */
  private List<String> bisect(List<Input> batch, int[] statuses, Snapshots snapshots, Map<String, Caller> callers,
      Map<String, Caller> webCallers, String root, int first) {
    List<String> found = new ArrayList<>();
    Map<String, Integer> before = snapshots.contents();
    for (int k = 0; k < batch.size(); k++) {
      Input in = batch.get(k);
      if (statuses[first + k] < 400) {
        continue; // accepted: reported already, and sending it again would do the step again
      }
      send(caller(in, first + k, callers, webCallers, root), in);
      Map<String, Integer> after = snapshots.contents();
      if (!after.equals(before)) {
        found.add("#" + (first + k) + " " + in.target().name + " " + in.kind() + " changed the records of " + diff(before, after));
        before = after;
      }
    }
    if (found.isEmpty()) {
      found.add("inputs #" + first + "..#" + (first + batch.size() - 1) + " changed WithMe's records, not again when replayed");
    }
    return found;
  }

  private static String diff(Map<String, Integer> before, Map<String, Integer> after) {
    List<String> tables = new ArrayList<>();
    after.forEach((k, v) -> {
      if (!v.equals(before.get(k))) {
        tables.add(k);
      }
    });
    return String.join(", ", tables);
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() > 240 ? s.substring(0, 240) + "..." : s;
  }

  // ---- the targets and their unmutated submissions

  private List<Target> targets() {
    return List.of(
        new Target("start-programme", "cora", "start-programme", "commissioning-cycle", () -> new Fixture(null, null)),
        new Target("start-tender", "priya", "start-tender", "tender-evaluation", () -> new Fixture(null, null)),
        new Target("start-framework-review", "dara", "start-framework-review", "framework-review", () -> new Fixture(null, null)),
        new Target("start-young-inspector-training", "pat", "start-young-inspector-training", "young-inspector-training",
            () -> new Fixture(null, null)),
        new Target("start-youth-inspection", "pat", "start-youth-inspection", "youth-inspection", () -> new Fixture(null, null)),
        new Target("check-existing-intelligence (before the Analyse gate)", "cora", "check-existing-intelligence", null,
            () -> task(SensitiveProgrammes.beforeTheAnalyseGate(engine), "AnalyseCheckIntelligence")),
        new Target("run-engagement", "pat", "run-engagement", null,
            () -> task(SensitiveProgrammes.atRunEngagement(engine), "AnalyseRunEngagement")),
        new Target("advisory-group-comments", "ash", "advisory-group-comments", null,
            () -> task(SensitiveProgrammes.atAdvisoryComments(engine), "ReviewAdvisoryComments")),
        new Target("ask-participation-exception", "cora", "ask-participation-exception", null,
            () -> task(SensitiveProgrammes.atRequestException(engine), "AnalyseRequestException")),
        new Target("decide-participation-exception", "hana", "decide-participation-exception", null,
            () -> task(SensitiveProgrammes.exceptionAwaitingDecision(engine, "cora"), "AnalyseDecideException")),
        new Target("declare-conflicts", "yasmin", "declare-conflicts", null, () -> {
          SensitiveTenders.Tender t = SensitiveTenders.atConflicts(engine);
          return new Fixture(t.instance().getId(), t.yasminsScoring());
        }),
        new Target("score-bids", "yasmin", "score-bids", null, () -> {
          SensitiveTenders.Tender t = SensitiveTenders.atScoring(engine);
          return new Fixture(t.instance().getId(), t.yasminsScoring());
        }),
        new Target("register-bids", "priya", "register-bids", null, () -> {
          SensitiveTenders.Tender t = SensitiveTenders.atRegisterBids(engine);
          return new Fixture(t.instance().getId(), t.yasminsScoring());
        }));
  }

  private Fixture task(ProcessInstance pi, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    return new Fixture(pi.getId(), task.getId());
  }

  private static Map<String, Object> v(Object value) {
    return Collections.singletonMap("value", value);
  }

  private static Map<String, Object> typed(String type, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("type", type);
    return m;
  }

  private static Map<String, Object> typed(String type, Object value, Map<String, Object> valueInfo) {
    Map<String, Object> m = typed(type, value);
    m.put("valueInfo", valueInfo);
    return m;
  }

  private static Map<String, Object> jsonList(Object list) {
    try {
      return typed("Json", JSON.writeValueAsString(list));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The submission the Tasklist would send for the target, accepted as it is. */
  private Map<String, Object> base(Target t) {
    Map<String, Object> b = new LinkedHashMap<>();
    switch (t.form) {
      case "start-programme" -> {
        b.put("programmeTitle", v("Young carers' support service"));
        b.put("programmeReference", v(Programmes.newReference()));
        b.put("serviceArea", v("young-carers"));
        b.put("cohortAgeFrom", v(8));
        b.put("cohortAgeTo", v(18));
        b.put("cohortGroups", jsonList(List.of("young-carers")));
        b.put("estimatedValue", v(450000));
        b.put("influenceRung", v("6"));
        b.put("lundyElements", jsonList(List.of("space", "voice", "audience", "influence")));
      }
      case "start-tender" -> {
        b.put("programmeReference", v(Programmes.newReference()));
        b.put("programmeTitle", v("Young carers' support service"));
        b.put("serviceArea", v("young-carers"));
        b.put("estimatedValue", v(450000));
        b.put("procurementRegime", v("PA2023"));
        b.put("lightTouch", v(false));
        b.put("standstillOptIn", v(false));
      }
      case "start-framework-review" -> b.put("reviewYear", v(2087));
      case "start-young-inspector-training" -> {
        b.put("inspectorUserId", v("yi-fuzz-" + System.nanoTime() % 1000000));
        b.put("inspectorName", v("Noor"));
        b.put("inspectorAgeBand", v("11-15"));
        b.put("trainedOn", v(LocalDate.now().minusDays(30).toString()));
      }
      case "start-youth-inspection" -> {
        String ref = Programmes.newReference();
        b.put("programmeTitle", v("Riverside youth club"));
        b.put("programmeReference", v(ref));
        b.put("serviceArea", v("youth-activities"));
        b.put("contractReference", v("CON-" + ref));
        b.put("providerName", v("Riverside Youth Trust"));
      }
      case "check-existing-intelligence" -> {
        b.put("newEngagementNeeded", v("no"));
        b.put("newEngagementReason", v("Young people told us enough last month."));
      }
      case "run-engagement" -> {
        b.put("engagedOn", v("2027-03-01"));
        b.put("engagementMethod", v("workshop"));
        b.put("participantsUnder11", v(0));
        b.put("participants11to15", v(3));
        b.put("participants16to18", v(2));
        b.put("participants19to25", v(0));
        b.put("groupsRepresented", jsonList(List.of("young-carers")));
        b.put("whatTheySaid", v("We want sessions after school."));
        b.put("buddyRecorded", v("no"));
        b.put("consentRecorded", v("yes"));
      }
      case "advisory-group-comments" -> {
        b.put("advisoryMetOn", v(LocalDate.now().minusDays(1).toString()));
        b.put("advisoryYoungUnder11", v(0));
        b.put("advisoryYoung11to15", v(0));
        b.put("advisoryYoung16to18", v(3));
        b.put("advisoryYoung19to25", v(0));
        b.put("advisoryAdults", v(2));
        b.put("advisoryParentsCarers", v(1));
        b.put("advisoryGroupsRepresented", jsonList(List.of("young-carers")));
        b.put("advisoryPerformanceComment", v("Evening sessions work; the waiting list is too long."));
        b.put("advisoryWhatShouldChange", v("Keep the evening sessions and add a Saturday drop-in."));
      }
      case "ask-participation-exception" -> b.put("exceptionReason", v("The service closes in two weeks; the young people were asked last month."));
      case "decide-participation-exception" -> {
        b.put("exceptionDecision", v("approve"));
        b.put("exceptionDecisionReason", v("They were heard recently."));
      }
      case "declare-conflicts" -> b.put("conflictDeclared", v("no"));
      case "score-bids" -> {
        List<Map<String, Object>> sheet = Rows.of(engine.getTaskService().getVariable(t.fixture.taskId(), "scoreSheet"), "sheet");
        for (Map<String, Object> row : sheet) {
          row.put("score", 4);
          row.put("reason", "Clear plan for young carers");
        }
        b.put("scoreSheet", jsonList(sheet));
        b.put("scoredOnMyOwn", v(true));
      }
      case "register-bids" -> {
        b.put("bids", jsonList(List.of(row("bidder", "North Star Carers", "price", 400000, "documents", "DOC-1",
                "contactEmail", "bids@north-star.example"),
            row("bidder", "Harbour Youth Trust", "price", 500000, "documents", "DOC-2", "contactEmail", "tenders@harbour.example"))));
        b.put("bidsClosedOn", v(LocalDate.now().toString()));
      }
      default -> throw new IllegalArgumentException(t.form);
    }
    return b;
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private Input control(Target t) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", t.base);
    return new Input(t, "control", "submit", "POST", null, "application/json", JSON.writeValueAsBytes(body), null,
        Set.of(200, 204), List.of());
  }

  // ---- the inputs

  /** Builds the inputs of one target, in a fixed order; the seed chooses cut points, routes and channels. */
  private List<Input> generate(Target t, Random random) throws Exception {
    Gen g = new Gen(t, random);
    for (FormField f : t.schema.declared()) {
      if (f.readonly()) {
        if (!t.isStart()) {
          g.value(f.key(), "read-only changed", v("Changed by the fuzz test"));
          g.value(f.key(), "read-only object", v(Map.of("a", 1)));
        }
        continue;
      }
      if (f.isList()) {
        dynamicList(g, f, t);
      } else {
        field(g, f, t);
      }
    }
    for (String key : FORBIDDEN) {
      if (t.schema.declaredField(key).filter(f -> !f.readonly()).isPresent()) {
        continue;
      }
      String named = t.schema.declaredField(key).isPresent() ? key : "'" + key + "' is not a field of this form";
      switch (g.inputs.size() % 3) {
        case 0 -> g.extra(key, "forbidden text", v("kai"), named);
        case 1 -> g.extra(key, "forbidden boolean", typed("Boolean", true), named);
        default -> g.extra(key, "forbidden serialized", serialized(), named);
      }
    }
    g.extra("", "unknown empty name", v("x"), "'' is not a field of this form");
    g.extra("a\u0000b\u202Ec", "unknown control name", v("x"), "is not a field of this form");
    g.extra("k".repeat(5000), "unknown long name", v("x"), "is not a field of this form");
    Map<String, Object> many = new LinkedHashMap<>(t.base);
    for (int i = 0; many.size() <= SubmissionRules.VALUES_MAX; i++) {
      many.put("extra" + i, v(i));
    }
    g.body("too many values", g.json(Map.of("variables", many)), "application/json", "at most " + SubmissionRules.VALUES_MAX, 400);
    bodies(g, t);
    return g.inputs;
  }

  private static Map<String, Object> serialized() {
    return typed("Object", "rO0ABXQABGV2aWw=", Map.of("objectTypeName", "java.lang.String",
        "serializationDataFormat", "application/x-java-serialized-object"));
  }

  /** The shared mutations of any single value, then those of its type. */
  private static void field(Gen g, FormField f, Target t) {
    String k = f.key();
    Object good = ((Map<?, ?>) t.base.getOrDefault(k, v(null))).get("value");
    String type = f.type();
    boolean text = type.equals("textfield") || type.equals("textarea");
    boolean list = type.equals("checklist") || type.equals("taglist");
    boolean first = g.firstField(k);
    g.value(k, "object", v(Map.of("a", 1)));
    g.sometimes(first).value(k, "nested object", v(Map.of("value", Map.of("value", "x"))));
    if (!list) {
      g.value(k, "array", v(List.of(1, 2)));
      g.sometimes(first).value(k, "array of text", v(List.of(String.valueOf(good))));
    }
    if (!type.equals("checkbox")) {
      g.value(k, "boolean", v(true));
    }
    if (f.required()) {
      g.value(k, "null", v(null));
      g.value(k, "typed null", typed("Null", null));
      g.value(k, "empty", v(""));
      g.missing(k);
    }
    g.value(k, "huge 100k", v("x".repeat(100_000)));
    g.sometimes(first).value(k, "huge 250k", v("y".repeat(250_000)));
    // typed values the forms never send: all of them on a form's first field, a third of them (by the seed) elsewhere
    Map<String, Object> typedValues = new LinkedHashMap<>();
    typedValues.put("bytes", typed("Bytes", "ZXZpZGVuY2U="));
    typedValues.put("file", typed("File", "ZXZpZGVuY2U=", Map.of("filename", "evil.txt", "mimeType", "text/plain")));
    typedValues.put("xml", typed("Xml", "<a>x</a>"));
    typedValues.put("serialized java", serialized());
    typedValues.put("java class in json", typed("Object", "{}", Map.of("objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat", "application/json")));
    typedValues.put("object type name", typed("Object", "\"x\"", Map.of("objectTypeName", "org.withme.Nothing", "serializationDataFormat", "application/json")));
    typedValues.put("json broken", typed("Json", "{\"a\":"));
    typedValues.put("json object", typed("Json", "{\"a\":1}"));
    typedValues.put("unknown type", typed("Nonsense", "x"));
    typedValues.put("integer not a number", typed("Integer", "abc"));
    typedValues.put("long too large", typed("Long", "99999999999999999999999"));
    typedValues.put("short out of range", typed("Short", 70000));
    typedValues.put("double NaN", typed("Double", "NaN"));
    typedValues.put("date impossible", typed("Date", "2026-13-45T00:00:00.000+0000"));
    typedValues.put("boolean maybe", typed("Boolean", "maybe"));
    boolean all = g.firstField(k);
    typedValues.forEach((kind, entry) -> {
      if (all || g.random.nextInt(3) == 0) {
        g.value(k, kind, entry);
      }
    });
    if (text) {
      g.value(k, "number", v(42));
      g.sometimes(first).value(k, "decimal", v(4.5));
      g.sometimes(first).value(k, "typed number", typed("Integer", 42));
      g.sometimes(first).value(k, "nul", v("ab\u0000cd efgh ijkl"));
      g.sometimes(first).value(k, "escape", v("ab\u001b[31m red text"));
      g.sometimes(first).value(k, "bell", v("\u0007\u0007 ring ring ring"));
      g.raw(k, "lone surrogate", "{\"value\":\"ab\\ud800cd efgh ijkl\"}");
      g.sometimes(first).raw(k, "lone low surrogate", "{\"value\":\"\\udc00 efgh ijkl mnop\"}");
      g.sometimes(first).raw(k, "reversed surrogates", "{\"value\":\"\\udc00\\ud800 efgh ijkl\"}");
      if (f.maxLength() != null && f.maxLength() < 100_000) {
        g.value(k, "one too long", v("z".repeat(f.maxLength() + 1)));
      }
      if (f.minLength() != null && f.minLength() > 1) {
        g.value(k, "one too short", v("z".repeat(f.minLength() - 1)));
      }
      if (f.pattern() != null) {
        g.value(k, "pattern", v("not a reference!"));
        g.value(k, "pattern injection", v("P-1'; DROP TABLE programmes; --"));
      }
      if (f.maxLength() == null) {
        g.value(k, "over the engine's limit", v("w".repeat(SubmissionRules.TEXT_MAX + 1)));
      }
    }
    switch (type) {
      case "number" -> {
        g.value(k, "text", v("abc"));
        g.value(k, "number as text", v("12"));
        g.value(k, "comma number", v("1,000"));
        g.value(k, "hex", v("0x10"));
        g.value(k, "NaN text", v("NaN"));
        g.value(k, "Infinity text", v("Infinity"));
        g.value(k, "typed text", typed("String", "12"));
        BigDecimal min = f.min() != null ? f.min() : null;
        if (min != null) {
          g.value(k, "below min", v(min.subtract(BigDecimal.ONE)));
          g.value(k, "far below min", v(-1e12));
        }
        BigDecimal max = f.max() != null ? f.max() : SubmissionRules.NUMBER_MAX;
        g.value(k, "above max", v(max.add(BigDecimal.ONE)));
        g.value(k, "epoch millis", f.max() != null && f.max().compareTo(new BigDecimal("1767225600000")) < 0
            ? v(1767225600000L) : v(new BigDecimal("1e30")));
        g.raw(k, "huge literal", "{\"value\":123456789012345678901234567890123456789}");
        g.raw(k, "infinite literal", "{\"value\":1e400}");
        g.raw(k, "minus infinite literal", "{\"value\":-1e400}");
        g.raw(k, "exponent literal", "{\"value\":1e999999999}");
        g.raw(k, "long digits", "{\"value\":" + "9".repeat(5000) + "}", null); // beyond what the parser reads
        g.raw(k, "typed infinite", "{\"value\":1e400,\"type\":\"Double\"}");
        if (Integer.valueOf(0).equals(f.decimalDigits())) {
          g.value(k, "decimal for a count", v(1.5));
          g.value(k, "tiny decimal", v(new BigDecimal("2.0000000001")));
          g.value(k, "typed decimal", typed("Double", 2.5));
        }
      }
      case "checkbox" -> {
        g.value(k, "yes", v("yes"));
        g.value(k, "one", v(1));
        g.value(k, "true as text", v("true"));
        g.value(k, "typed text", typed("String", "true"));
        g.value(k, "list of true", v(List.of(true)));
      }
      case "select", "radio" -> {
        String option = f.allowedValues() == null || f.allowedValues().isEmpty() ? String.valueOf(good) : f.allowedValues().get(0);
        g.value(k, "not offered", v("not-an-option"));
        g.value(k, "option with space", v(option + " "));
        if (!option.toUpperCase().equals(option)) {
          g.value(k, "option upper case", v(option.toUpperCase()));
        }
        g.value(k, "option with nul", v(option + "\u0000"));
        g.value(k, "number", v(42));
        g.value(k, "option in a list", jsonList(List.of(option)));
        g.value(k, "option injection", v(option + "' OR '1'='1"));
      }
      case "checklist", "taglist" -> {
        String option = f.allowedValues() == null || f.allowedValues().isEmpty() ? "x" : f.allowedValues().get(0);
        g.value(k, "text not list", v(option));
        g.value(k, "json text not list", typed("Json", "\"" + option + "\""));
        g.value(k, "not offered", jsonList(List.of("not-an-option")));
        g.value(k, "untyped not offered", v(List.of(option, "not-an-option")));
        g.value(k, "nested", jsonList(List.of(List.of(option))));
        g.value(k, "objects", jsonList(List.of(Map.of("value", option))));
        g.value(k, "null entry", jsonList(Collections.singletonList(null)));
        g.value(k, "number entry", jsonList(List.of(42)));
        g.value(k, "json array broken", typed("Json", "[\"" + option + "\""));
        g.value(k, "too many", jsonList(Collections.nCopies(SubmissionRules.LIST_MAX + 1, option)));
        g.value(k, "number", v(42));
        if (f.required()) {
          g.value(k, "empty list", jsonList(List.of()));
        }
        g.value(k, "deep json", typed("Json", "[".repeat(900) + "]".repeat(900)));
        g.value(k, "deeper json", typed("Json", "[".repeat(5000) + "]".repeat(5000)));
        g.value(k, "serialized list", typed("Object", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0", Map.of(
            "objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object")));
      }
      case "datetime" -> {
        g.value(k, "month 13", v("2026-13-45"));
        g.value(k, "30 February", v("2026-02-30"));
        g.value(k, "tomorrow", v("tomorrow"));
        g.value(k, "epoch millis", v(1767225600000L));
        g.value(k, "epoch text", v("1767225600"));
        g.value(k, "unpadded", v("2026-1-5"));
        g.value(k, "british", v("31/12/2026"));
        g.value(k, "hour 25", v("2026-12-31T25:00:00"));
        g.value(k, "date and time", v("2026-12-31T10:00:00"));
        g.value(k, "year 0", v("0000-00-00"));
        g.value(k, "five digit year", v("+20260-01-01"));
        g.value(k, "date with nul", v("2026-12-31\u0000"));
        g.value(k, "typed bad date", typed("Date", "not a date"));
        g.value(k, "typed date as number", typed("Date", 1767225600000L));
      }
      default -> { }
    }
  }

  /** A dynamic list (a score sheet, bids): its rows and columns. */
  private void dynamicList(Gen g, FormField f, Target t) throws Exception {
    String k = f.key();
    Object sent = ((Map<?, ?>) t.base.get(k)).get("value");
    List<Map<String, Object>> rows = JSON.readValue(String.valueOf(sent), List.class);
    g.value(k, "text not list", v("abc"));
    g.value(k, "object not list", jsonList(Map.of("a", 1)));
    g.value(k, "list of text", jsonList(List.of("a", "b")));
    g.value(k, "list of lists", jsonList(List.of(List.of(1))));
    g.value(k, "null row", jsonList(Collections.singletonList(null)));
    g.value(k, "json broken", typed("Json", String.valueOf(sent).substring(0, String.valueOf(sent).length() / 2)));
    g.value(k, "serialized", serialized());
    g.value(k, "bytes", typed("Bytes", "ZXZpZGVuY2U="));
    g.value(k, "number", v(42));
    g.value(k, "too many rows", jsonList(Collections.nCopies(SubmissionRules.LIST_MAX + 1, rows.get(0))));
    g.value(k, "deep json", typed("Json", "[".repeat(5000) + "]".repeat(5000)));
    if (!f.allowAddRemove()) {
      List<Map<String, Object>> more = new ArrayList<>(rows);
      more.add(new LinkedHashMap<>(rows.get(0)));
      g.value(k, "row added", jsonList(more), k);
      if (rows.size() > 1) {
        g.value(k, "row removed", jsonList(rows.subList(1, rows.size())), k);
      }
    }
    {
      List<Map<String, Object>> extra = copy(rows);
      extra.get(0).put("panellist", "kai");
      g.value(k, "row with an undeclared column", jsonList(extra), k);
    }
    for (FormField column : f.rows()) {
      String c = column.key();
      String at = k + "[0]." + c;
      if (column.readonly()) {
        g.value(k, "read-only column " + c, jsonList(with(rows, c, "Somebody else")), at);
        continue;
      }
      if (column.required()) {
        List<Map<String, Object>> without = copy(rows);
        without.get(0).remove(c);
        g.value(k, "missing column " + c, jsonList(without), at);
        g.value(k, "null column " + c, jsonList(with(rows, c, null)), at);
      }
      g.value(k, "object in column " + c, jsonList(with(rows, c, Map.of("a", 1))), at);
      g.value(k, "list in column " + c, jsonList(with(rows, c, List.of(1))), at);
      g.value(k, "boolean in column " + c, jsonList(with(rows, c, true)), at);
      g.value(k, "huge in column " + c, jsonList(with(rows, c, "x".repeat(100_000))), at);
      if (column.type().equals("number")) {
        g.value(k, "text in column " + c, jsonList(with(rows, c, "four")), at);
        g.value(k, "below min in column " + c, jsonList(with(rows, c, column.min() == null ? -1e20 : column.min().subtract(BigDecimal.ONE))), at);
        g.value(k, "above max in column " + c, jsonList(with(rows, c, column.max() == null
            ? SubmissionRules.NUMBER_MAX.add(BigDecimal.ONE) : column.max().add(BigDecimal.ONE))), at);
        if (Integer.valueOf(0).equals(column.decimalDigits())) {
          g.value(k, "decimal in column " + c, jsonList(with(rows, c, 3.5)), at);
        }
        g.raw(k, "infinite in column " + c, "{\"value\":" + JSON.writeValueAsString(JSON.writeValueAsString(with(rows, c, 1))
            .replace("\"" + c + "\":1", "\"" + c + "\":1e400")) + ",\"type\":\"Json\"}", at);
      } else {
        g.value(k, "number in column " + c, jsonList(with(rows, c, 42)), at);
        g.value(k, "nul in column " + c, jsonList(with(rows, c, "ab\u0000cd efgh ijkl")), at);
        if (column.required()) {
          g.value(k, "empty column " + c, jsonList(with(rows, c, "")), at);
        }
        if (column.maxLength() != null) {
          g.value(k, "too long column " + c, jsonList(with(rows, c, "z".repeat(column.maxLength() + 1))), at);
        }
      }
    }
  }

  private static List<Map<String, Object>> copy(List<Map<String, Object>> rows) {
    List<Map<String, Object>> c = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      c.add(new LinkedHashMap<>(r));
    }
    return c;
  }

  private static List<Map<String, Object>> with(List<Map<String, Object>> rows, String column, Object value) {
    List<Map<String, Object>> c = copy(rows);
    c.get(0).put(column, value);
    return c;
  }

  /** Bodies that are not the JSON the call takes. */
  private static void bodies(Gen g, Target t) throws Exception {
    String base = g.json(Map.of("variables", t.base));
    // the first required field, or else the first the person fills in (a list included)
    String k = t.schema.fields().stream().filter(FormField::required).map(FormField::key).findFirst()
        .orElseGet(() -> t.schema.declared().stream().filter(f -> !f.readonly()).map(FormField::key).findFirst().orElseThrow());
    String json = "application/json";
    String good = base.substring("{\"variables\":{".length(), base.length() - 2);
    g.body("empty body", "", json, null, 400);
    g.body("json null", "null", json, null, 400);
    g.body("json array", "[]", json, null, 400);
    g.body("json text", "\"variables\"", json, null, 400);
    g.body("json number", "42", json, null, 400);
    g.body("open brace", "{", json, null, 400);
    g.body("key only", "{\"variables\":", json, null, 400);
    for (int i = 0; i < 4; i++) {
      int cut = 1 + g.random.nextInt(base.length() - 2);
      g.body("truncated at " + cut, base.substring(0, cut), json, null, 400);
    }
    g.body("unknown surrogate name", "{\"variables\":{" + good + ",\"gate\\ud800Passed\":{\"value\":true}}}", json, null, 400);
    g.body("trailing text", base + "xyz", json, null, 400);
    g.body("two documents", base + base, json, null, 400);
    g.body("single quotes", base.replace('"', '\''), json, null, 400);
    g.body("comment", "/* x */" + base, json, null, 400);
    g.body("NaN literal", "{\"variables\":{\"" + k + "\":{\"value\":NaN}}}", json, null, 400);
    g.body("variables a list", "{\"variables\":[]}", json, null, 400);
    g.body("variables text", "{\"variables\":\"x\"}", json, null, 400);
    g.body("variables number", "{\"variables\":42}", json, null, 400);
    g.body("value not an object", "{\"variables\":{\"" + k + "\":1}}", json, null, 400);
    g.body("value text not an object", "{\"variables\":{\"" + k + "\":\"x\"}}", json, null, 400);
    g.body("type an object", "{\"variables\":{\"" + k + "\":{\"value\":\"x\",\"type\":{\"a\":1}}}}", json, null, 400);
    g.body("value info text", "{\"variables\":{\"" + k + "\":{\"value\":\"x\",\"valueInfo\":\"x\"}}}", json, null, 400);
    g.body("no variables", "{}", json, k, 400);
    g.body("variables null", "{\"variables\":null}", json, k, 400);
    g.body("variables empty", "{\"variables\":{}}", json, k, 400);
    g.body("deep nesting", "{\"variables\":{\"" + k + "\":{\"value\":" + "[".repeat(5000) + "]".repeat(5000) + "}}}", json, null, 400);
    g.body("deeper nesting", "{\"variables\":{\"" + k + "\":{\"value\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)
        + "}}}", json, null, 400);
    g.body("nesting under the limit", "{\"variables\":{\"" + k + "\":{\"value\":" + "[".repeat(900) + "]".repeat(900) + "}}}",
        json, k, 400);
    g.body("duplicate name, last bad", "{\"variables\":{" + good + ",\"" + k + "\":{\"value\":\"bad \\u0000 value\"}}}", json, k, 400);
    g.body("duplicate name, first bad", "{\"variables\":{\"" + k + "\":{\"value\":{\"a\":1}}," + good + "}}", json, k, 400);
    g.body("duplicate variables", "{\"variables\":{\"" + k + "\":{\"value\":{\"a\":1}}},\"variables\":" + base.substring(13), json,
        "'variables'", 400);
    for (byte[] invalid : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF8, (byte) 0x88,
            (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(("{\"variables\":{\"" + k + "\":{\"value\":\"ab").getBytes(StandardCharsets.UTF_8));
      out.write(invalid);
      out.write("cd efgh ijkl\"}}}".getBytes(StandardCharsets.UTF_8));
      g.bytes("invalid utf-8 " + String.format("%02X", invalid[0]), out.toByteArray(), json, null, 400);
    }
    g.body("text/plain", base, "text/plain", null, 415);
    g.body("xml", "<variables/>", "application/xml", null, 415);
    g.body("form encoded", "variables=x", "application/x-www-form-urlencoded", null, 415);
    g.body("multipart", "--x\r\n\r\nvariables\r\n--x--", "multipart/form-data; boundary=x", null, 415, 400);
    g.body("no content type", base, null, null, 415);
    g.body("content type nonsense", base, "json", null, 415, 400);
    if (!t.isStart()) {
      g.put(k, "put variable bad", v("bad \u0000 value"));
      g.put(k, "put variable serialized", serialized());
      g.put(k, "put variable bytes", typed("Bytes", "ZXZpZGVuY2U="));
      g.put(k, "put variable typed bad", typed("Integer", "abc"));
      g.put(k, "put variable deep", v(List.of(List.of(List.of(List.of("x"))))));
      g.bytes("put variable broken", "{\"value\":".getBytes(StandardCharsets.UTF_8), json, null, 400, 403);
      g.inputs.set(g.inputs.size() - 1, withPath(g.inputs.get(g.inputs.size() - 1), "PUT",
          "/task/" + t.fixture.taskId() + "/variables/" + k));
      g.put("panellist", "put forbidden variable", v("kai"));
      g.put("tenderReference", "put forbidden tender", v("T-OTHER"));
      g.put("gatePassed", "put forbidden gate", typed("Boolean", true));
    }
  }

  private static Input withPath(Input in, String method, String path) {
    return new Input(in.target(), in.kind(), "put", method, path, in.contentType(), in.body(), in.field(), in.statuses(),
        in.echoes());
  }

  /** Builds the inputs of one target. */
  static final class Gen {
    final Target t;
    final Random random;
    final List<Input> inputs = new ArrayList<>();

    Gen(Target t, Random random) {
      this.t = t;
      this.random = random;
    }

    /** This generator when {@code always}, else (by the seed, half of the time) one that adds nothing. */
    Gen sometimes(boolean always) {
      return always || random.nextBoolean() ? this : new Gen(t, random);
    }

    /**
     * Whether to leave out this mutation of {@code key}: every mutation goes to a form's first field, about
     * half of them (by the seed) to the others, which keeps the run near a minute.
     */
    private boolean thinned(String key) {
      return !firstField(key) && random.nextBoolean();
    }

    /** Whether {@code key} is the first value the person fills in on this form. */
    boolean firstField(String key) {
      return t.schema.declared().stream().filter(f -> !f.readonly()).findFirst().map(f -> f.key().equals(key)).orElse(false);
    }

    String json(Object o) {
      try {
        return JSON.writeValueAsString(o);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    Map<String, Object> replaced(String key, Object entry) {
      Map<String, Object> m = new LinkedHashMap<>(t.base);
      m.put(key, entry);
      return m;
    }

    /** The seed's route: /submit-form mostly, /complete or /start one in four. */
    private String route() {
      return random.nextInt(4) == 0 ? "alt" : "submit";
    }

    void value(String key, String kind, Object entry) {
      value(key, kind, entry, key);
    }

    void value(String key, String kind, Object entry, String named) {
      if (thinned(key)) {
        return;
      }
      add(kind + " " + key, json(Map.of("variables", replaced(key, entry))).getBytes(StandardCharsets.UTF_8), named, echoes(entry));
    }

    void raw(String key, String kind, String entryJson) {
      raw(key, kind, entryJson, key);
    }

    void raw(String key, String kind, String entryJson, String named) {
      if (thinned(key)) {
        return;
      }
      String marker = "\"@@RAW@@\"";
      String body = json(Map.of("variables", replaced(key, "@@RAW@@"))).replace(marker, entryJson);
      add(kind + " " + key, body.getBytes(StandardCharsets.UTF_8), named, List.of());
    }

    void missing(String key) {
      Map<String, Object> m = new LinkedHashMap<>(t.base);
      m.remove(key);
      add("missing " + key, json(Map.of("variables", m)).getBytes(StandardCharsets.UTF_8), key, List.of());
    }

    void extra(String key, String kind, Object entry, String named) {
      Map<String, Object> m = new LinkedHashMap<>(t.base);
      m.put(key, entry);
      add(kind + " " + SubmissionRulesQuote.of(key), json(Map.of("variables", m)).getBytes(StandardCharsets.UTF_8), named,
          List.of(key));
    }

    private void add(String kind, byte[] body, String named, List<String> echoes) {
      inputs.add(new Input(t, kind, route(), "POST", null, "application/json", body, named, Set.of(400), echoes));
    }

    void body(String kind, String body, String contentType, String named, Integer... statuses) {
      bytes(kind, body.getBytes(StandardCharsets.UTF_8), contentType, named, statuses);
    }

    void bytes(String kind, byte[] body, String contentType, String named, Integer... statuses) {
      inputs.add(new Input(t, kind, route(), "POST", null, contentType, body, named, Set.of(statuses), List.of()));
    }

    /** A task variable written directly: closed to everyone but operators (403), or refused as a value (400). */
    void put(String key, String kind, Object entry) {
      inputs.add(new Input(t, kind + " " + key, "put", "PUT", "/task/" + t.fixture.taskId() + "/variables/" + key,
          "application/json", json(entry).getBytes(StandardCharsets.UTF_8), null, Set.of(400, 403), echoes(entry)));
    }

    private static List<String> echoes(Object entry) {
      List<String> e = new ArrayList<>();
      if (entry instanceof Map<?, ?> m) {
        for (Object x : m.values()) {
          if (x instanceof String s) {
            e.add(s.length() > 60 ? s.substring(0, 60) : s);
          }
        }
      }
      return e;
    }
  }

  /** A key as a message quotes it, for the report. */
  static final class SubmissionRulesQuote {
    static String of(String key) {
      String k = key.length() > 30 ? key.substring(0, 30) + "..." : key;
      return k.replaceAll("\\p{C}", "?");
    }
  }
}
