package org.withme.governance;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the engine refuses to deploy ({@code withme.deployment-policy.*}). The defaults are WithMe's
 * contracts between the processes; application.yaml needs no entry.
 *
 * @param enabled switch the whole policy off (never in production)
 * @param gateBean the bean name of the participation gate ({@code ${participationGate}})
 * @param historyTimeToLiveRequired every process needs {@code camunda:historyTimeToLive}
 * @param userTaskFormRequired every user task needs {@code camunda:formRef} or {@code camunda:formKey}
 * @param userTaskAssigneeRequired every user task needs candidate groups, candidate users or an assignee
 * @param formDeployedWithModelRequired a form bound to the deployment ({@code camunda:formRefBinding="deployment"})
 *     must be in the same deployment as the model
 * @param stages stage subprocesses that must end in a participation gate; once a process has one
 *     of its stages, it must have all of them
 * @param gates elements that must be the participation gate of a given kind and point
 * @param paths elements that can only be reached through another element
 */
@ConfigurationProperties("withme.deployment-policy")
public record DeploymentPolicyProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("participationGate") String gateBean,
    @DefaultValue("true") boolean historyTimeToLiveRequired,
    @DefaultValue("true") boolean userTaskFormRequired,
    @DefaultValue("true") boolean userTaskAssigneeRequired,
    @DefaultValue("true") boolean formDeployedWithModelRequired,
    List<StageRule> stages,
    List<GateRule> gates,
    List<PathRule> paths) {

  /** The stage subprocess {@code stage} of {@code process} ends in the gate of this kind and point. */
  public record StageRule(String process, String stage, String gateKind, String gatePoint) {}

  /** The element {@code element} of {@code process} is the participation gate of this kind and point. */
  public record GateRule(String process, String element, String gateKind, String gatePoint) {}

  /** In {@code process}, every path from a start to {@code target} passes {@code via}; {@code why} says why. */
  public record PathRule(String process, String target, String via, String why) {}

  public static final List<StageRule> DEFAULT_STAGES = List.of(
      new StageRule("commissioning-cycle", "AnalyseStage", "stage-evidence", "analyse"),
      new StageRule("commissioning-cycle", "PlanStage", "stage-evidence", "plan"),
      new StageRule("commissioning-cycle", "DoStage", "stage-evidence", "do"),
      new StageRule("commissioning-cycle", "ReviewStage", "stage-evidence", "review"));

  public static final List<GateRule> DEFAULT_GATES = List.of(
      new GateRule("tender-evaluation", "YoungPanelGate", "young-panel-scores", "tender-award"));

  public static final List<PathRule> DEFAULT_PATHS = List.of(
      new PathRule("tender-evaluation", "AwardContract", "YoungPanelGate",
          "no award without the young panellists' scores"),
      new PathRule("tender-evaluation", "ScoreBids", "DeclareConflicts",
          "every panellist declares conflicts of interest before seeing a bid"),
      new PathRule("tender-evaluation", "AwardContract", "DeclareConflicts",
          "every panellist declares conflicts of interest before the award"),
      new PathRule("tender-evaluation", "AwardContract", "SignParticipationCharter",
          "no contract without the signed participation charter"));

  public DeploymentPolicyProperties {
    gateBean = gateBean == null || gateBean.isBlank() ? "participationGate" : gateBean;
    stages = stages == null ? DEFAULT_STAGES : List.copyOf(stages);
    gates = gates == null ? DEFAULT_GATES : List.copyOf(gates);
    paths = paths == null ? DEFAULT_PATHS : List.copyOf(paths);
  }

  /** The policy as WithMe ships it. */
  public static DeploymentPolicyProperties defaults() {
    return new DeploymentPolicyProperties(true, "participationGate", true, true, true, true, null, null, null);
  }
}
