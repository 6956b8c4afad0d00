package org.withme.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who took part, against who the programme is for: for each group of the programme's cohort (its
 * start form), in how many of a stage's participation records young people of that group took part.
 * "All children and young people" in the cohort is met by any record with young people. Parents and
 * carers are never part of these figures (they are counted apart, and a record needs young people).
 */
public final class Representation {

  /** Cohort group codes (start form, evidence forms) and how people read them. */
  public static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("young-carers", "young carers");
    GROUPS.put("disabled", "disabled young people");
    GROUPS.put("children-in-care", "children in care");
    GROUPS.put("care-leavers", "care leavers");
    GROUPS.put("all", "all children and young people");
  }

  /** One participation record as representation reads it: its groups and how many young people. */
  public record Engagement(List<String> groups, int youngPeople) {}

  /** A group of the cohort in one stage: records in which it took part, of all the stage's records. */
  public record Figure(String group, int represented, int records) {
    public boolean gap() {
      return represented == 0;
    }

    public String label() {
      return GROUPS.getOrDefault(group, group);
    }
  }

  private Representation() {}

  public static List<Figure> figures(List<String> cohortGroups, List<Engagement> engagements) {
    List<Engagement> withYoungPeople = engagements.stream().filter(e -> e.youngPeople() > 0).toList();
    List<Figure> figures = new ArrayList<>();
    for (String group : cohortGroups) {
      int represented = (int) withYoungPeople.stream()
          .filter(e -> "all".equals(group) || e.groups().contains(group)).count();
      figures.add(new Figure(group, represented, withYoungPeople.size()));
    }
    return figures;
  }

  /** The commissioner's warning when a group of the cohort took part in none of the stage's records. */
  public static Optional<String> warning(String stage, List<Figure> figures) {
    List<String> gaps = figures.stream().filter(Figure::gap).map(Figure::label).toList();
    if (gaps.isEmpty() || figures.get(0).records() == 0) {
      return Optional.empty();
    }
    return Optional.of("Not represented in the " + stage + " stage: " + String.join(", ", gaps) + " (none of the "
        + figures.get(0).records() + " participation record(s) of the stage had young people from "
        + (gaps.size() == 1 ? "this group" : "these groups") + "). The stage may close, but plan how to reach them.");
  }

  /** "young carers 2 of 3, disabled young people 0 of 3". */
  public static String summary(List<Figure> figures) {
    return String.join(", ", figures.stream().map(f -> f.label() + " " + f.represented() + " of " + f.records()).toList());
  }
}
