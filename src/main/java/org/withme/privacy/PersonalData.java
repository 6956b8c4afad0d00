package org.withme.privacy;

import java.util.List;

/**
 * Where WithMe's own tables and the engine's tables hold a person's user id: the one list that
 * erasure and the retention clean-up work from. A new column that holds a user id is added here
 * (PersonalDataCatalogueTest fails on a {@code *_by} or {@code user_id} column that is missing).
 */
public final class PersonalData {

  /** A column holding a user id. */
  public record UserColumn(String table, String column) {}

  /** WithMe's records of who did what; the user id is replaced by a pseudonym, the row stays. */
  public static final List<UserColumn> RECORDS = List.of(
      new UserColumn("wm_programme", "started_by"),
      new UserColumn("wm_engagement_evidence", "recorded_by"),
      new UserColumn("wm_participation_exception", "requested_by"),
      new UserColumn("wm_participation_exception", "decided_by"),
      new UserColumn("wm_gate_decision", "decided_by"),
      new UserColumn("wm_feedback", "sent_by"),
      new UserColumn("wm_specification_review", "recorded_by"),
      new UserColumn("wm_monitoring_meeting", "recorded_by"),
      new UserColumn("wm_engagement_survey", "recorded_by"),
      new UserColumn("wm_advisory_comment", "recorded_by"),
      new UserColumn("wm_advisory_comment", "answered_by"),
      new UserColumn("wm_framework_review", "started_by"),
      new UserColumn("wm_framework_review", "signed_off_by"),
      new UserColumn("wm_young_inspector", "user_id"),
      new UserColumn("wm_inspector_training", "user_id"),
      new UserColumn("wm_inspector_training", "recorded_by"),
      new UserColumn("wm_inspection_inspector", "user_id"),
      new UserColumn("wm_inspection_answer", "recorded_by"),
      new UserColumn("wm_inspection_inspector_answer", "user_id"),
      new UserColumn("wm_inspection_inspector_answer", "recorded_by"),
      new UserColumn("wm_inspection_feedback", "user_id"),
      new UserColumn("wm_operator_action", "acted_by"));

  /**
   * A tender's evaluation records (keyed by tender_reference): kept unchanged for the tender's
   * retention period even on an erasure request (a legal obligation, UK GDPR Art. 17(3)(b)), then
   * pseudonymised.
   */
  public static final List<UserColumn> TENDER_RECORDS = List.of(
      new UserColumn("wm_panel_member", "user_id"),
      new UserColumn("wm_tender_score", "user_id"),
      new UserColumn("wm_tender_conflict", "user_id"),
      new UserColumn("wm_tender_conflict", "mitigated_by"),
      new UserColumn("wm_tender_clarification", "logged_by"),
      new UserColumn("wm_tender_consensus", "moderated_by"));

  /** The engine's runtime and history: who was assigned, acted, commented or started. */
  public static final List<UserColumn> ENGINE = List.of(
      new UserColumn("ACT_HI_TASKINST", "ASSIGNEE_"),
      new UserColumn("ACT_HI_TASKINST", "OWNER_"),
      new UserColumn("ACT_HI_ACTINST", "ASSIGNEE_"),
      new UserColumn("ACT_HI_IDENTITYLINK", "USER_ID_"),
      new UserColumn("ACT_HI_COMMENT", "USER_ID_"),
      new UserColumn("ACT_HI_OP_LOG", "USER_ID_"),
      new UserColumn("ACT_HI_PROCINST", "START_USER_ID_"),
      new UserColumn("ACT_RU_TASK", "OWNER_"));

  /**
   * String variables whose value is exactly the user id (taskCompletedBy, panellist,
   * exceptionRequestedBy…): the value column; the type column is TYPE_ at runtime, VAR_TYPE_ in history.
   */
  public static final List<UserColumn> ENGINE_VARIABLES = List.of(
      new UserColumn("ACT_RU_VARIABLE", "TEXT_"),
      new UserColumn("ACT_HI_VARINST", "TEXT_"),
      new UserColumn("ACT_HI_DETAIL", "TEXT_"));

  private PersonalData() {}
}
