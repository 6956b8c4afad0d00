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
 * form-js refuses to draw a form in which two components share an id ("Form failure: form field
 * with id &lt;Context_2&gt; already exists"): the Tasklist then shows no form at all.
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
}
