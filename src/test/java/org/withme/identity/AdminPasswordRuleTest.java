package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminPasswordRuleTest {

  @Test
  void missingDefaultShortAndSameAsIdAreRefused() {
    assertThat(AdminPasswordRule.problem("admin", null)).get().asString().contains("missing");
    assertThat(AdminPasswordRule.problem("admin", "  ")).get().asString().contains("missing");
    assertThat(AdminPasswordRule.problem("admin", "Demo")).get().asString().contains("default");
    assertThat(AdminPasswordRule.problem("admin", "PASSWORD123")).get().asString().contains("default");
    assertThat(AdminPasswordRule.problem("council-admin-01", "council-admin-01")).get().asString().contains("admin id");
    assertThat(AdminPasswordRule.problem("admin", "Kestrel-Quarry-41")).isEmpty();
    assertThat(AdminPasswordRule.problem("admin", "Password1234!")).get().asString().contains("too easy to guess");
    assertThat(AdminPasswordRule.problem("admin", "Abc-1234567")).get().asString().contains("shorter than 12");
  }
}
