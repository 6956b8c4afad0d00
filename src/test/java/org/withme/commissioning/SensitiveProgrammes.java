package org.withme.commissioning;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.withme.support.Programmes;

/** Commissioning programmes at their sensitive points, for attacks from outside the package. */
public final class SensitiveProgrammes {

  private SensitiveProgrammes() {}

  /** Waiting at "Check existing intelligence", before the Analyse stage's gate. */
  public static ProcessInstance beforeTheAnalyseGate(ProcessEngine engine) {
    return new CycleDriver(engine).start(Programmes.newReference());
  }

  /** A participation exception asked by {@code requester}, awaiting the head of commissioning's decision. */
  public static ProcessInstance exceptionAwaitingDecision(ProcessEngine engine, String requester) {
    CycleDriver cycle = new CycleDriver(engine);
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.checkIntelligence(pi, "Analyse", false);
    cycle.complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers in the area.",
        "commissioningIntention", "A young carers' service."));
    cycle.complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", CycleDriver.ANSWERS));
    cycle.completeAs(pi, "AnalyseRequestException", requester,
        Map.of("exceptionReason", "The service closes in two weeks; the young people were asked last month."));
    return pi;
  }

  /** Waiting at "Run the engagement" in the Analyse stage (participation officers'). */
  public static ProcessInstance atRunEngagement(ProcessEngine engine) {
    CycleDriver cycle = new CycleDriver(engine);
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.checkIntelligence(pi, "Analyse", true);
    analyseWork(cycle, pi);
    cycle.complete(pi, "AnalysePlanEngagement", Map.of("engagementMethodPlanned", "workshop",
        "accessibilityAdjustments", "Accessible room, Easy Read cards", "consentNeeded", "yes",
        "engagementPlannedFor", "2027-03-01"));
    return pi;
  }

  /** Waiting at "Ask for a participation exception" in the Analyse stage (commissioners'). */
  public static ProcessInstance atRequestException(ProcessEngine engine) {
    CycleDriver cycle = new CycleDriver(engine);
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.checkIntelligence(pi, "Analyse", false);
    analyseWork(cycle, pi);
    return pi;
  }

  /**
   * Waiting at "Advisory group comments on the service's performance" in the Review stage (advisory
   * group's), Analyse, Plan and Do closed by approved exceptions and nothing recorded in Review yet.
   */
  public static ProcessInstance atAdvisoryComments(ProcessEngine engine) {
    CycleDriver cycle = new CycleDriver(engine);
    ProcessInstance pi = cycle.start(Programmes.newReference());
    cycle.analyse(pi, CycleDriver.Mode.EXCEPTION_APPROVED);
    cycle.plan(pi, CycleDriver.Mode.EXCEPTION_APPROVED);
    cycle.doReprocure(pi, CycleDriver.Mode.EXCEPTION_APPROVED, false);
    cycle.checkIntelligence(pi, "Review", false);
    // the seat empty: the Review stage's participation is left to the advisory group (a filled seat would count)
    cycle.complete(pi, "ReviewMonitoringMeeting", Map.of("monitoringMeetingDate", "2028-01-10", "youngPersonAttended", "no",
        "monitoringNotes", "Waiting lists are down to six weeks.", "anotherMonitoringMeeting", "no"));
    org.withme.support.CalledProcesses.finish(engine, cycle.calledInstance(pi).getId(), "InspectionCompleted",
        Map.of("inspectionId", "INS-" + pi.getBusinessKey(), "inspectionGapCount", 2L));
    return pi;
  }

  /** The start form of a valid programme with a fresh reference. */
  public static Map<String, Object> startForm() {
    return Programmes.startForm(Programmes.newReference());
  }

  private static void analyseWork(CycleDriver cycle, ProcessInstance pi) {
    cycle.complete(pi, "AnalyseAssessNeeds", Map.of("needsAssessmentSummary", "About 600 young carers in the area.",
        "commissioningIntention", "A young carers' service."));
    cycle.complete(pi, "AnalyseConsiderations", Map.of("considerationAnswers", CycleDriver.ANSWERS));
  }
}
