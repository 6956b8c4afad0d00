package org.withme.commissioning;

import java.util.ArrayList;
import java.util.List;

/** Every co-produced consideration gets its own answer. */
public final class ConsiderationRules {

  private ConsiderationRules() {}

  /** The considerations as the form shows them, numbered, one a line. */
  public static String numbered(List<String> considerations) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < considerations.size(); i++) {
      lines.add((i + 1) + ". " + considerations.get(i));
    }
    return String.join("\n", lines);
  }

  public static List<String> problems(List<String> considerations, String answers) {
    long given = answers == null ? 0 : answers.lines().filter(l -> !l.isBlank()).count();
    if (given < considerations.size()) {
      return List.of("'Answers' (considerationAnswers): answer each of the " + considerations.size()
          + " considerations on its own line; " + given + " answered");
    }
    return List.of();
  }
}
