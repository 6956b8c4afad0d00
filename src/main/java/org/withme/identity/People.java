package org.withme.identity;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** People as others read them: the name a user gave, not their login id. */
public final class People {

  private People() {
  }

  /**
   * "Cora Whitfield" for {@code cora}, inside an engine command (listeners, delegates), whatever
   * the signed-in user may read; the id itself when the user is unknown, null for null.
   */
  public static String displayName(String userId) {
    if (userId == null) {
      return null;
    }
    CommandContext commandContext = Context.getCommandContext();
    User user = commandContext.runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
