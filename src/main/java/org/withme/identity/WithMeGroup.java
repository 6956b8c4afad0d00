package org.withme.identity;

import java.util.Arrays;
import java.util.Optional;

/** The people who take part in WithMe, as Camunda groups (see docs/architecture.md). */
public enum WithMeGroup {
  COMMISSIONERS("commissioners", "Commissioners", true),
  HEAD_OF_COMMISSIONING("head-of-commissioning", "Head of commissioning", true),
  PARTICIPATION_OFFICERS("participation-officers", "Participation officers", true),
  YOUNG_PANELLISTS("young-panellists", "Young panellists", false),
  YOUTH_INSPECTORS("youth-inspectors", "Young Inspectors", false),
  PROCUREMENT("procurement", "Procurement", true),
  DCS("dcs", "Director of Children's Services", true),
  ADVISORY_GROUP("advisory-group", "Co-production Advisory Group", false),
  PROCESS_OWNERS("process-owners", "Process owners", true),
  /** Repair running instances outside their tasks, each act with a reason and audited (docs/security.md). */
  PROCESS_OPERATORS("process-operators", "Process operators", true);

  private final String id;
  private final String displayName;
  private final boolean staff;

  WithMeGroup(String id, String displayName, boolean staff) {
    this.id = id;
    this.displayName = displayName;
    this.staff = staff;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Staff groups may look up other users' names; groups with young members may not. */
  public boolean staff() {
    return staff;
  }

  public static Optional<WithMeGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
