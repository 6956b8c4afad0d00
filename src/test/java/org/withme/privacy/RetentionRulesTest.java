package org.withme.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

  @Test
  void aPeriodRunsOutOnTheSameDayOfALaterYear() {
    assertThat(RetentionRules.cutoff(LocalDate.of(2026, 12, 3), Period.ofYears(3))).isEqualTo(LocalDate.of(2023, 12, 3));
    assertThat(RetentionRules.cutoff(LocalDate.of(2028, 2, 29), Period.ofYears(1))).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void tenderRecordsAreKeptAtLeastThreeYears() {
    assertThat(RetentionRules.shorter(Period.ofMonths(35), Period.ofYears(3))).isTrue();
    assertThat(RetentionRules.shorter(Period.ofMonths(36), Period.ofYears(3))).isFalse();
    assertThatThrownBy(() -> new RetentionProperties(Period.ofYears(2), Period.ofYears(1), Period.ofYears(2), Period.ofYears(3),
        Period.ofYears(6), Period.ofYears(1), Period.ofYears(6), "-")).hasMessageContaining("at least 3 years");
  }

  @Test
  void pseudonymsAreFreshAndRecognisable() {
    String a = RetentionRules.newPseudonym();
    assertThat(a).startsWith("erased-").hasSize(19).isNotEqualTo(RetentionRules.newPseudonym());
    assertThat(RetentionRules.isPseudonym(a)).isTrue();
    assertThat(RetentionRules.isPseudonym("yasmin")).isFalse();
  }

  /** Every column of WithMe's schema that holds a user id is in the catalogue erasure works from. */
  @Test
  void everyUserColumnOfTheSchemaIsCatalogued() throws IOException {
    Set<String> catalogued = new HashSet<>();
    Stream.concat(PersonalData.RECORDS.stream(), PersonalData.TENDER_RECORDS.stream())
        .forEach(c -> catalogued.add(c.table() + "." + c.column()));
    // not user ids: who scores a question ('young' or 'staff'); the erasure audit's own requester
    Set<String> notUsers = Set.of("wm_tender_question.scored_by", "wm_erasure.requested_by");
    Pattern table = Pattern.compile("(?:create|alter) table (wm_[a-z_]+)");
    Pattern column = Pattern.compile("^\\s*(?:add column\\s+)?([a-z_]+(?:_by|user_id))\\s+varchar", Pattern.MULTILINE);
    Set<String> found = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.toList()) {
        for (String statement : Files.readString(file).toLowerCase(Locale.ROOT).split(";")) {
          Matcher t = table.matcher(statement);
          if (!t.find()) {
            continue;
          }
          Matcher c = column.matcher(statement);
          while (c.find()) {
            found.add(t.group(1) + "." + c.group(1));
          }
        }
      }
    }
    found.removeAll(notUsers);
    assertThat(found).isNotEmpty();
    assertThat(catalogued).containsAll(found);
  }
}
