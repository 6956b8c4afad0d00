package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The element templates process owners apply in Camunda Modeler validate against the Modeler's
 * own JSON schema (npm package @camunda/element-templates-json-schema, installed by `npm ci` from
 * package-lock.json in the build) and say what WithMe's delegates need.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
  static final Path SCHEMA = Path.of("node_modules", "@camunda", "element-templates-json-schema", "resources", "schema.json");
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    assertThat(SCHEMA).as("the Modeler's template schema: run `npm ci` (./mvnw runs it before the tests)").exists();
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(SCHEMA.toFile()));
  }

  static List<Path> templateFiles() throws IOException {
    try (var files = Files.list(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  static List<JsonNode> templates() throws IOException {
    List<JsonNode> templates = new ArrayList<>();
    for (Path file : templateFiles()) {
      JsonNode node = JSON.readTree(file.toFile());
      if (node.isArray()) {
        node.forEach(templates::add);
      } else {
        templates.add(node);
      }
    }
    return templates;
  }

  @Test
  void everyTemplateValidatesAgainstTheModelersSchema() throws IOException {
    assertThat(templateFiles()).isNotEmpty();
    for (Path file : templateFiles()) {
      Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
      assertThat(errors).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesABrokenTemplate() throws IOException {
    JsonNode broken = JSON.readTree("""
        {"name": "Broken", "id": "broken", "appliesTo": ["ServiceTask"],
         "properties": [{"type": "Dropdown", "binding": {"type": "camunda:inputParameter"}}]}
        """);
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void everyTemplateHasANameADescriptionAndAUniqueIdAndVersion() throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates()) {
      assertThat(template.path("name").asText()).as("name").isNotBlank();
      assertThat(template.path("description").asText()).as(template.path("name").asText()).hasSizeGreaterThan(40);
      assertThat(template.path("$schema").asText()).endsWith("@camunda/element-templates-json-schema/resources/schema.json");
      assertThat(ids.add(template.path("id").asText() + "@" + template.path("version").asInt()))
          .as("unique id " + template.path("id")).isTrue();
      for (JsonNode property : template.path("properties")) {
        if (!"Hidden".equals(property.path("type").asText())) {
          assertThat(property.path("label").asText()).as("label in " + template.path("id")).isNotBlank();
          assertThat(property.path("description").asText()).as("description in " + template.path("id")).isNotBlank();
        }
      }
    }
  }

  @Test
  void theParticipationGateTemplatesCoverEveryPointOfTheDeploymentPolicy() throws IOException {
    Set<String> offered = new HashSet<>();
    for (JsonNode template : templates()) {
      if (!"${participationGate}".equals(value(template, "camunda:delegateExpression"))) {
        continue;
      }
      String kind = value(template, "gateKind");
      for (JsonNode property : template.path("properties")) {
        if ("gatePoint".equals(property.path("binding").path("name").asText())) {
          if (property.has("choices")) {
            property.path("choices").forEach(c -> offered.add(kind + "/" + c.path("value").asText()));
          } else {
            offered.add(kind + "/" + property.path("value").asText());
          }
        }
      }
    }
    Set<String> required = new HashSet<>();
    DeploymentPolicyProperties.DEFAULT_STAGES.forEach(s -> required.add(s.gateKind() + "/" + s.gatePoint()));
    DeploymentPolicyProperties.DEFAULT_GATES.forEach(g -> required.add(g.gateKind() + "/" + g.gatePoint()));
    assertThat(offered).containsAll(required);
  }

  @Test
  void everyDelegateAndExecutionListenerTheModelsUseHasATemplate() throws IOException {
    Set<String> offered = new HashSet<>();
    for (JsonNode template : templates()) {
      String delegate = value(template, "camunda:delegateExpression");
      if (delegate != null) {
        offered.add("delegate " + delegate);
      }
      for (JsonNode listener : executionListeners(template)) {
        offered.add(listener.path("binding").path("event").asText() + " listener " + listener.path("value").asText());
      }
    }
    Set<String> used = new TreeSet<>();
    for (String model : models()) {
      Matcher delegates = Pattern.compile("<bpmn:serviceTask [^>]*camunda:delegateExpression=\"(\\$\\{\\w+\\})\"").matcher(model);
      while (delegates.find()) {
        used.add("delegate " + delegates.group(1));
      }
      Matcher listeners = Pattern.compile("<camunda:executionListener [^>]*>").matcher(model);
      while (listeners.find()) {
        String element = listeners.group();
        String delegate = attribute(element, "delegateExpression");
        if (delegate != null) {
          used.add(attribute(element, "event") + " listener " + delegate);
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(offered).containsAll(used);
  }

  @Test
  void theProcessOwnersGuideListsEveryTaskListenerNoTemplateCanSet() throws IOException {
    String guide = Files.readString(Path.of("docs", "process-owners.md"));
    Set<String> taskListeners = taskListenersInModels();
    assertThat(taskListeners).isNotEmpty();
    for (String bean : taskListeners) {
      assertThat(guide).as("docs/process-owners.md names the task listener " + bean).contains("${" + bean + "}");
    }
  }

  /** Task listeners the models use: the Camunda 7 template schema has no binding for them. */
  static Set<String> taskListenersInModels() throws IOException {
    Set<String> beans = new TreeSet<>();
    for (String model : models()) {
      Matcher m = Pattern.compile("<camunda:taskListener [^>]*>").matcher(model);
      while (m.find()) {
        String delegate = attribute(m.group(), "delegateExpression");
        if (delegate != null) {
          beans.add(delegate.substring(2, delegate.length() - 1));
        }
      }
    }
    return beans;
  }

  static List<String> models() throws IOException {
    List<String> models = new ArrayList<>();
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        models.add(Files.readString(file));
      }
    }
    return models;
  }

  private static String attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? m.group(1) : null;
  }

  /** The execution listener properties of a template. */
  static List<JsonNode> executionListeners(JsonNode template) {
    List<JsonNode> listeners = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      if ("camunda:executionListener".equals(property.path("binding").path("type").asText())) {
        listeners.add(property);
      }
    }
    return listeners;
  }

  /** The value a template sets for a binding name (property or input parameter). */
  static String value(JsonNode template, String bindingName) {
    for (JsonNode property : template.path("properties")) {
      if (bindingName.equals(property.path("binding").path("name").asText())) {
        return property.path("value").asText();
      }
    }
    return null;
  }
}
