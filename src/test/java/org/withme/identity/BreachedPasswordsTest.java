package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password check against the library's list of common and breached passwords, without an engine. */
class BreachedPasswordsTest {

  @Test
  void listedPasswordsAreRefusedWhateverTheirLength() {
    for (String common : new String[] {"password", "Password1", "qwerty123456", "iloveyou", "123456789012", "letmein!"}) {
      assertThat(BreachedPasswords.problem(common)).as(common).isPresent();
    }
    assertThat(BreachedPasswords.problem("iloveyou").orElseThrow()).contains("common or breached");
    assertThat(BreachedPasswords.problem("Password1").orElseThrow()).contains("too easy to guess");
  }

  @Test
  void guessablePasswordsAreRefusedAndLongUnrelatedWordsPass() {
    assertThat(BreachedPasswords.problem("aaaaaaaaaaaa")).isPresent();
    assertThat(BreachedPasswords.problem("kestrel-marmalade-quarry-41")).isEmpty();
    assertThat(BreachedPasswords.problem("Tv8#q2Lm!z9Rw")).isEmpty();
  }

  @Test
  void theEnginePolicyKeepsItsDefaultRulesAndAddsTheList() {
    var rules = BreachedPasswords.policy().getRules();
    assertThat(rules).extracting(r -> r.getPlaceholder()).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_NOT_BREACHED");
    assertThat(rules.stream().filter(r -> r instanceof BreachedPasswords.Rule).findFirst().orElseThrow()
        .execute("Password1")).isFalse();
  }
}
