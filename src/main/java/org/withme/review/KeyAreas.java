package org.withme.review;

import java.util.List;

/** The ten key areas of the East Midlands self-assessment and planning tool. */
public final class KeyAreas {

  public static final List<String> ALL = List.of(
      "The commissioning strategy defines why and how children and young people's engagement is valued and achieved",
      "The commissioning workforce has the knowledge and skills for effective participation",
      "Sufficient resources are identified and allocated for meaningful participation",
      "Adequate time is allocated within the commissioning cycle for meaningful participation",
      "Engagement is informed, honest and transparent: participants understand the level of influence they have",
      "Commissioners use existing intelligence from recent engagement, avoiding duplication and consultation fatigue",
      "Participants are routinely engaged in evaluating their engagement, and commissioners use this to develop practice",
      "Tailored approaches, tools and methods match the age, understanding and development of participants",
      "Children, young people and families are engaged at each stage of the commissioning cycle; not doing so is by exception",
      "Commissioned services reach and sustain participation matching the local standards, and routinely provide evidence");

  private KeyAreas() {}

  public static String name(int area) {
    return ALL.get(area - 1);
  }
}
