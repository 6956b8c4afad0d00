package org.withme.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form schemas drawn as the Tasklist's form-js needs them. form-js refuses to draw a form in which
 * two components share an id ("Form failure: form field with id &lt;Context_2&gt; already exists"):
 * the Tasklist then shows no form at all. And a repeating list folds away every row after the
 * fifth unless told otherwise, hiding required fields (the sixth bid and question to moderate).
 */
class FormComponentIdsTest {

  @Test
  void everyComponentOfEveryFormHasItsOwnId() throws IOException {
    List<String> duplicates = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        Set<String> ids = new HashSet<>();
        collect(new ObjectMapper().readTree(form.toFile()).path("components"), ids, form.getFileName().toString(), duplicates);
      }
    }
    assertThat(duplicates).as("component ids used twice in a form").isEmpty();
  }

  private static void collect(JsonNode components, Set<String> ids, String form, List<String> duplicates) {
    for (JsonNode component : components) {
      String id = component.path("id").asText();
      if (!ids.add(id)) {
        duplicates.add(form + ": " + id);
      }
      collect(component.path("components"), ids, form, duplicates);
    }
  }

  @Test
  void everyRepeatingListShowsAllItsRows() throws IOException {
    List<String> folding = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        lists(new ObjectMapper().readTree(form.toFile()).path("components"), form.getFileName().toString(), folding);
      }
    }
    assertThat(folding).as("repeating lists that fold rows away (set nonCollapsedItems to 50)").isEmpty();
  }

  private static void lists(JsonNode components, String form, List<String> folding) {
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText()) && component.path("isRepeating").asBoolean()
          && component.path("nonCollapsedItems").asInt(5) < 50) {
        folding.add(form + ": " + component.path("path").asText());
      }
      lists(component.path("components"), form, folding);
    }
  }
}
