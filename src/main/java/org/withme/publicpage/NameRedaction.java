package org.withme.publicpage;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes out of a text written by staff every name and login WithMe knows (its users' ids, first
 * and last names, Young Inspectors, supporting adults, presenters, charter signatories), as whole
 * words and case as recorded, so a "you said, we did" summary that names someone does not name
 * them in public. A safety net: staff write these texts for the public already.
 */
public final class NameRedaction {

  public static final String REMOVED = "[name removed]";

  private final Pattern pattern;

  private NameRedaction(Pattern pattern) {
    this.pattern = pattern;
  }

  /** Redacts these names and ids; blanks, one-letter values and values with brackets (e.g. "(young carer)") are ignored. */
  public static NameRedaction of(Collection<String> names) {
    Set<String> kept = new LinkedHashSet<>();
    for (String n : names) {
      if (n == null) {
        continue;
      }
      String t = n.strip();
      if (t.length() >= 2 && t.chars().noneMatch(c -> c == '(' || c == ')')) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      return new NameRedaction(null);
    }
    String alternation = kept.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    return new NameRedaction(Pattern.compile("(?<![\\p{L}\\p{N}_@.-])(?:" + alternation + ")(?![\\p{L}\\p{N}_-])"));
  }

  public String apply(String text) {
    if (text == null || pattern == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED));
  }
}
