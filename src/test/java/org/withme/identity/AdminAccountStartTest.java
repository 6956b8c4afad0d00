package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.withme.WithMeApplication;

/** Outside the demo, WithMe starts only with a good administrator password from the environment. */
class AdminAccountStartTest {

  @Test
  void aMissingPasswordStopsTheStart() {
    assertThat(messagesOf(() -> start(""))).contains("WITHME_ADMIN_PASSWORD is missing");
  }

  @Test
  void aDefaultPasswordStopsTheStart() {
    assertThat(messagesOf(() -> start("admin"))).contains("well-known default");
  }

  @Test
  void aShortPasswordStopsTheStart() {
    assertThat(messagesOf(() -> start("Sh0rt!pass"))).contains("shorter than 12 characters")
        .doesNotContain("Sh0rt!pass");
  }

  @Test
  void aPasswordAgainstThePolicyStopsTheStart() {
    assertThat(messagesOf(() -> start("alllowercaseletters"))).contains("password policy")
        .doesNotContain("alllowercaseletters");
  }

  @Test
  void aGoodPasswordStartsWithTheAdministratorAsOnlyUser() {
    try (ConfigurableApplicationContext context = start("Correct-Horse-7-Battery")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list())
          .extracting(u -> u.getId()).containsExactly("council-admin");
      assertThat(engine.getIdentityService().checkPassword("council-admin", "Correct-Horse-7-Battery")).isTrue();
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isOne();
      assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();
    }
  }

  /** The messages of the start failure and all its causes, one string. */
  private static String messagesOf(Runnable start) {
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(start::run);
    assertThat(failure).as("the start fails").isNotNull();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  private static ConfigurableApplicationContext start(String password) {
    return new SpringApplicationBuilder(WithMeApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test")
        .run("--spring.datasource.url=jdbc:h2:mem:withme-admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--withme.admin.id=council-admin",
            // the shared web context of the other tests owns the REST API and the webapps in this JVM
            "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "--withme.admin.password=" + password,
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--spring.jmx.enabled=false");
  }
}
