package org.withme.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /**
   * A good password starts WithMe with the administrator as only user. This is also where what the
   * demo profile (which every @WithMeTest runs with) turns off is seen outside it, in the same small
   * non-web context: the password policy refuses a weak password, no demo user or demo bean exists,
   * WithMe's groups exist with nobody but the administrator in them, and no SMTP server runs inside.
   */
  @Test
  void aGoodPasswordStartsWithTheAdministratorAsOnlyUserAndThePolicyHolds() {
    try (ConfigurableApplicationContext context = start("Correct-Horse-7-Battery")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      var identity = engine.getIdentityService();
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("council-admin");
      assertThat(identity.checkPassword("council-admin", "Correct-Horse-7-Battery")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isOne();
      assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();

      var weak = identity.newUser("weak-password-probe");
      weak.setPassword("password");
      assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
          .hasMessage("Password does not match policy");
      assertThat(identity.createUserQuery().userId("weak-password-probe").count()).isZero();
      var strong = identity.newUser("strong-password-probe");
      strong.setPassword("Five-Quiet-Owls-9-Nest");
      identity.saveUser(strong);
      assertThat(identity.checkPassword("strong-password-probe", "Five-Quiet-Owls-9-Nest")).isTrue();

      assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
      for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
        assertThat(identity.createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero();
      }
      // the groups exist; the administrator is the only member of any (camunda-admin, and process-owners to deploy)
      for (WithMeGroup group : WithMeGroup.values()) {
        assertThat(identity.createGroupQuery().groupId(group.id()).count()).as(group.id()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup(group.id()).list()).extracting(u -> u.getId()).as("members of " + group.id())
            .isEqualTo(group == WithMeGroup.PROCESS_OWNERS ? java.util.List.of("council-admin") : java.util.List.of());
      }
      assertThat(identity.createGroupQuery().groupMember("council-admin").list()).extracting(g -> g.getId())
          .containsExactlyInAnyOrder("camunda-admin", "process-owners");
      assertThat(context.getBeansOfType(com.icegreen.greenmail.util.GreenMail.class)).isEmpty();
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
