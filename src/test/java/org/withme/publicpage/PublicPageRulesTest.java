package org.withme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The public page's rules without an engine: small-count suppression, names taken out, the threshold's setting. */
class PublicPageRulesTest {

  @Test
  void countsUnderTheThresholdAreNeverShownAsNumbers() {
    assertThat(SmallCounts.youngPeople(4, 5)).isEqualTo("fewer than 5 young people");
    assertThat(SmallCounts.youngPeople(1, 5)).isEqualTo("fewer than 5 young people");
    assertThat(SmallCounts.youngPeople(5, 5)).isEqualTo("5 young people");
    assertThat(SmallCounts.youngPeople(0, 5)).isEqualTo("0 young people");
    assertThat(SmallCounts.youngPeople(1, 1)).isEqualTo("1 young person");
    assertThat(SmallCounts.suppressed(9, 10)).isTrue();
    assertThat(SmallCounts.suppressed(10, 10)).isFalse();
  }

  @Test
  void namesAndLoginsAreTakenOutAsWholeWords() {
    NameRedaction r = NameRedaction.of(List.of("pat", "Pat", "Ellison", "Pat Ellison", "(young carer)", "x", "kai", "kai@example.org"));
    assertThat(r.apply("Pat Ellison asked kai; pat agreed. Write to kai@example.org."))
        .isEqualTo("[name removed] asked [name removed]; [name removed] agreed. Write to [name removed].");
    assertThat(r.apply("A pathway for young carers, patiently built, with Kaitlin's school."))
        .as("parts of words, other names and '(young carer)' stay").isEqualTo("A pathway for young carers, patiently built, with Kaitlin's school.");
    assertThat(NameRedaction.of(List.of()).apply("Nothing to take out")).isEqualTo("Nothing to take out");
  }

  @Configuration
  @EnableConfigurationProperties(PublicPageProperties.class)
  static class PropertiesOnly {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).withUserConfiguration(PropertiesOnly.class);

  @Test
  void theThresholdDefaultsToFiveAndRefusesValuesThatWouldIdentifyAChild() {
    runner.run(context -> {
      PublicPageProperties p = context.getBean(PublicPageProperties.class);
      assertThat(p.smallCountThreshold()).isEqualTo(5);
      assertThat(p.councilName()).isEqualTo("Your council");
    });
    runner.withPropertyValues("withme.public-page.small-count-threshold=10").run(context ->
        assertThat(context.getBean(PublicPageProperties.class).smallCountThreshold()).isEqualTo(10));
    runner.withPropertyValues("withme.public-page.small-count-threshold=2").run(context -> {
      assertThat(context).hasFailed();
      Throwable root = context.getStartupFailure();
      while (root != null && !(root instanceof BindValidationException)) {
        root = root.getCause();
      }
      assertThat(root).as("a validation failure of the binding").isInstanceOf(BindValidationException.class);
      assertThat(Arrays.toString(((BindValidationException) root).getValidationErrors().getAllErrors().toArray()))
          .contains("smallCountThreshold").contains("must be at least 3: smaller counts could identify a child");
    });
  }
}
