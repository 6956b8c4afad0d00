package org.withme.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.scoring.Result;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Refuses passwords that are on the list of common and breached passwords shipped by the nbvcxz
 * library (dictionary "passwords", with leet and reversed variants), or that are too easy to guess
 * by its estimate. Used by the engine's password policy (every user saved through Admin or REST)
 * and by the administrator's start-up check.
 */
public final class BreachedPasswords {

  private static final class Holder {
    static final Nbvcxz ESTIMATOR = new Nbvcxz();
  }

  private BreachedPasswords() {}

  /** Why the password is refused, in words, or empty. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("The password is empty.");
    }
    Result result = Holder.ESTIMATOR.estimate(password);
    boolean listed = result.getMatches().stream().anyMatch(m -> m instanceof DictionaryMatch d
        && "passwords".equals(d.getDictionaryName()) && d.getLength() == password.length());
    if (listed) {
      return Optional.of("This password is on a list of common or breached passwords. Choose another.");
    }
    if (!result.isMinimumEntropyMet()) {
      return Optional.of("This password is too easy to guess. Use a longer one, for example three or four unrelated words.");
    }
    return Optional.empty();
  }

  /** The engine's default rules (length, character classes) and this one. */
  public static PasswordPolicy policy() {
    List<PasswordPolicyRule> rules = new ArrayList<>(new DefaultPasswordPolicyImpl().getRules());
    rules.add(new Rule());
    return () -> rules;
  }

  static final class Rule implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_BREACHED";
    }

    @Override
    public Map<String, String> getParameters() {
      return null;
    }

    @Override
    public boolean execute(String candidatePassword) {
      return problem(candidatePassword).isEmpty();
    }
  }
}
