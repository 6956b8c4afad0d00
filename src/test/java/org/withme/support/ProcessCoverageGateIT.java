package org.withme.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate, run by {@code ./mvnw verify} after all unit and scenario tests: merges the
 * reports camunda-process-test-coverage wrote for every test class and fails when a model's
 * flow-node or sequence-flow coverage is below its threshold in {@code process-coverage.properties}.
 * Every model in processes/ must have a threshold (a new model is never silently unchecked), and
 * every rule of every decision table in processes/*.dmn must have been matched by some test
 * (recorded by {@link DmnRuleCoverage}). The failure names every element or rule no test reached.
 */
class ProcessCoverageGateIT {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");

  @Test
  void everyModelIsCoveredToItsThreshold() throws IOException {
    Properties thresholds = new Properties();
    try (var in = ProcessCoverageGateIT.class.getResourceAsStream("/process-coverage.properties")) {
      thresholds.load(in);
    }
    assertThat(thresholds).as("thresholds in process-coverage.properties").isNotEmpty();
    assertThat(unthresholded(modelKeys(), thresholds.stringPropertyNames()))
        .as("models in processes/ without a threshold in process-coverage.properties (add '<id>=1.0')").isEmpty();
    assertThat(new TreeSet<>(thresholds.stringPropertyNames())).as("thresholds of models that are not in processes/")
        .isSubsetOf(modelKeys());
    List<JsonNode> reports = readReports();
    assertThat(reports).as("coverage reports under " + REPORTS + " (did the scenario tests run?)").isNotEmpty();

    List<String> failures = new ArrayList<>();
    for (String key : thresholds.stringPropertyNames()) {
      double minimum = Double.parseDouble(thresholds.getProperty(key));
      BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes", key + ".bpmn"));
      Set<String> nodes = ids(model.getModelElementsByType(FlowNode.class));
      Set<String> flows = ids(model.getModelElementsByType(SequenceFlow.class));
      Set<String> reachedNodes = new HashSet<>();
      Set<String> takenFlows = new HashSet<>();
      for (JsonNode report : reports) {
        for (JsonNode suite : report.path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              if (!key.equals(event.path("modelKey").asText())) {
                continue;
              }
              String element = event.path("definitionKey").asText();
              if ("SEQUENCE_FLOW".equals(event.path("source").asText())) {
                takenFlows.add(element);
              } else {
                reachedNodes.add(element);
              }
            }
          }
        }
      }
      check(key, "flow nodes", nodes, reachedNodes, minimum, failures);
      check(key, "sequence flows", flows, takenFlows, minimum, failures);
    }
    assertThat(failures).as("process coverage below threshold").isEmpty();
  }

  @Test
  void everyRuleOfEveryDecisionTableWasMatched() throws IOException {
    Map<String, Set<String>> rules = decisionRules();
    assertThat(rules).as("decision tables in processes/*.dmn").isNotEmpty();
    Set<String> matched = matchedRules();
    assertThat(matched).as("matched rules under " + DmnRuleCoverage.DIRECTORY + " (did the scenario tests run?)").isNotEmpty();
    assertThat(unmatched(rules, matched)).as("decision table rules no test matched").isEmpty();
  }

  /** The process ids of processes/*.bpmn (file name = process id). */
  static Set<String> modelKeys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
          .map(n -> n.substring(0, n.length() - ".bpmn".length())).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  static Set<String> unthresholded(Set<String> models, Set<String> thresholds) {
    Set<String> missing = new TreeSet<>(models);
    missing.removeAll(thresholds);
    return missing;
  }

  /** Per decision key in processes/*.dmn, the ids of its decision table's rules. */
  static Map<String, Set<String>> decisionRules() throws IOException {
    Map<String, Set<String>> rules = new java.util.TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("processes"))) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".dmn")).sorted().toList();
    }
    for (Path file : files) {
      org.camunda.bpm.model.dmn.DmnModelInstance dmn = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
      for (org.camunda.bpm.model.dmn.instance.Decision decision : dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
        for (org.camunda.bpm.model.dmn.instance.DecisionTable table
            : decision.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)) {
          table.getRules().forEach(r -> rules.computeIfAbsent(decision.getId(), k -> new TreeSet<>()).add(r.getId()));
        }
      }
    }
    return rules;
  }

  /** "decisionKey ruleId" of every rule some test matched. */
  static Set<String> matchedRules() throws IOException {
    Set<String> matched = new HashSet<>();
    if (!Files.isDirectory(DmnRuleCoverage.DIRECTORY)) {
      return matched;
    }
    try (Stream<Path> files = Files.list(DmnRuleCoverage.DIRECTORY)) {
      for (Path p : files.toList()) {
        Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(matched::add);
      }
    }
    return matched;
  }

  static List<String> unmatched(Map<String, Set<String>> rules, Set<String> matched) {
    List<String> missing = new ArrayList<>();
    rules.forEach((decision, ids) -> ids.stream().filter(id -> !matched.contains(decision + " " + id))
        .forEach(id -> missing.add(decision + ": rule " + id)));
    rules.forEach((decision, ids) -> System.out.printf("Decision coverage %s rules: %d of %d%n", decision,
        ids.stream().filter(id -> matched.contains(decision + " " + id)).count(), ids.size()));
    return missing;
  }

  private static void check(String key, String what, Set<String> all, Set<String> covered, double minimum,
      List<String> failures) {
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(covered);
    double ratio = all.isEmpty() ? 1.0 : (double) (all.size() - missing.size()) / all.size();
    System.out.printf("Process coverage %s %s: %.1f %% (%d of %d)%n", key, what, ratio * 100,
        all.size() - missing.size(), all.size());
    if (ratio + 1e-9 < minimum) {
      failures.add(key + " " + what + " " + Math.round(ratio * 1000) / 10.0 + " % < " + minimum * 100
          + " %, not reached: " + missing);
    }
  }

  private static Set<String> ids(Collection<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> elements) {
    Set<String> ids = new TreeSet<>();
    elements.forEach(e -> ids.add(e.getId()));
    return ids;
  }

  private static List<JsonNode> readReports() throws IOException {
    if (!Files.isDirectory(REPORTS)) {
      return List.of();
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path p : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        try (var in = new FileInputStream(p.toFile())) {
          reports.add(json.readTree(in));
        }
      }
    }
    return reports;
  }
}
