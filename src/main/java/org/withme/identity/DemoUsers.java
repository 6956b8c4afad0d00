package org.withme.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's fictional people, one or more per group, with passwords documented in README.md.
 * Only with the demo profile ({@code withme.demo.users-enabled=true}).
 */
@Component
@ConditionalOnProperty(name = "withme.demo.users-enabled", havingValue = "true")
public class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  /** A demo login: its password is its id. */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    public String email() {
      return id + "@withme.example.org";
    }

    public String password() {
      return id;
    }
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("cora", "Cora", "Whitfield", List.of(WithMeGroup.COMMISSIONERS.id())),
      new DemoUser("hana", "Hana", "Bramley", List.of(WithMeGroup.HEAD_OF_COMMISSIONING.id())),
      new DemoUser("pat", "Pat", "Ellison", List.of(WithMeGroup.PARTICIPATION_OFFICERS.id())),
      new DemoUser("yasmin", "Yasmin", "(young carer)", List.of(WithMeGroup.YOUNG_PANELLISTS.id())),
      new DemoUser("kai", "Kai", "(young carer)", List.of(WithMeGroup.YOUNG_PANELLISTS.id())),
      new DemoUser("isla", "Isla", "(Young Inspector)", List.of(WithMeGroup.YOUTH_INSPECTORS.id())),
      new DemoUser("priya", "Priya", "Lockhart", List.of(WithMeGroup.PROCUREMENT.id())),
      new DemoUser("dara", "Dara", "Fenwick", List.of(WithMeGroup.DCS.id())),
      new DemoUser("ash", "Ash", "(advisory group)", List.of(WithMeGroup.ADVISORY_GROUP.id())),
      new DemoUser("owen", "Owen", "Marsh", List.of(WithMeGroup.PROCESS_OWNERS.id())),
      new DemoUser("opal", "Opal", "Renshaw", List.of(WithMeGroup.PROCESS_OPERATORS.id())),
      new DemoUser("admin", "Demo", "Administrator", List.of(Groups.CAMUNDA_ADMIN, WithMeGroup.PROCESS_OWNERS.id())));

  private final IdentityService identityService;

  public DemoUsers(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
  }

  void create() {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(demo.password());
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    StringBuilder logins = new StringBuilder("Demo logins (user / password = user):");
    USERS.forEach(u -> logins.append("\n  ").append(String.format("%-7s %s", u.id(), String.join(", ", u.groups()))));
    log.info(logins.toString());
  }
}
