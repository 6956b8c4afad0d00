package org.withme.commissioning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.withme.forms.InvalidFormException;
import org.withme.forms.Values;
import org.withme.participation.ParticipationRecords;
import org.withme.participation.EvidenceRules;
import org.withme.participation.StageEntries;

/**
 * The Co-production Advisory Group on the service's performance (Review stage): what it reads, the
 * record of its comments, and the commissioner's answer on "Decide what happens next". The programme
 * comes from the business key and the stage from WithMe's stage record, never from a submitted value.
 * Comments with young members are a participation record of the stage (the Review gate counts them);
 * parents and carers are counted apart; the commissioner's answer is the feedback owed to the group.
 */
@Configuration(proxyBeanMethods = false)
public class AdvisoryGroupListeners {

  static final String METHOD = "Co-production Advisory Group on the service's performance";

  @Bean("showServicePerformance")
  ExecutionListener showServicePerformance(AdvisoryRecords records, StageEntries stages) {
    return (DelegateExecution e) -> {
      Instant since = stages.latest(e.getProcessInstanceId()).map(StageEntries.StageEntry::enteredAt).orElse(Instant.EPOCH);
      String programme = e.getProcessBusinessKey();
      e.setVariable("servicePerformance", AdvisoryRules.performance(records.monitoringSince(programme, since),
          e.getVariable("inspectionGapCount"), records.inspectionFindingsSince(programme, since)));
    };
  }

  @Bean("recordAdvisoryComments")
  ExecutionListener recordAdvisoryComments(AdvisoryRecords records, ParticipationRecords participation,
      StageEntries stages, CommissioningProperties properties) {
    return (DelegateExecution e) -> {
      Object metOn = e.getVariable("advisoryMetOn");
      Object comment = e.getVariable("advisoryPerformanceComment");
      Object change = e.getVariable("advisoryWhatShouldChange");
      if (metOn == null || comment == null || change == null) {
        return; // the form validation that follows names the missing fields and rolls the step back
      }
      Map<String, Integer> young = new LinkedHashMap<>();
      AdvisoryRules.AGE_BANDS.keySet().forEach(k -> young.put(k, EvidenceRules.count(e.getVariable(k))));
      int adults = EvidenceRules.count(e.getVariable("advisoryAdults"));
      int parentsCarers = EvidenceRules.count(e.getVariable("advisoryParentsCarers"));
      List<String> groups = Values.asList(e.getVariable("advisoryGroupsRepresented"));
      List<String> problems = new ArrayList<>(AdvisoryRules.problems(young, adults, groups));
      if (!problems.isEmpty()) {
        throw new InvalidFormException("The form of '" + AdvisoryRules.TASK + "'", problems);
      }
      LocalDate on = StageRecordListeners.date(metOn, AdvisoryRules.TASK, "Date the group met", "advisoryMetOn");
      String programme = e.getProcessBusinessKey();
      String stage = stages.stageOf(e.getProcessInstanceId(), "review");
      Instant now = ClockUtil.getCurrentTime().toInstant();
      String by = StageRecordListeners.user();
      int youngMembers = young.values().stream().mapToInt(Integer::intValue).sum();
      Map<String, Integer> perBand = new LinkedHashMap<>();
      AdvisoryRules.AGE_BANDS.forEach((k, label) -> perBand.put(label, young.get(k)));
      String ageBands = String.join(", ", perBand.entrySet().stream().filter(b -> b.getValue() > 0)
          .map(b -> b.getKey() + ": " + b.getValue()).toList());
      String evidenceId = null;
      String feedbackId = null;
      if (youngMembers > 0) {
        // young members took part: a participation record of the stage, and "you said, we did" owed to them
        evidenceId = participation.insertEvidence(programme, (String) e.getVariable("serviceArea"), stage, on, METHOD,
            youngMembers, parentsCarers, ageBands, String.join(",", groups),
            AdvisoryRules.whatTheySaid(comment.toString(), change.toString()), false, by, now);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        feedbackId = participation.feedbackOwed(programme, stage, WorkingDays.add(today, properties.feedbackWorkingDays()));
      }
      records.insert(programme, e.getProcessInstanceId(), stage, on, youngMembers, adults, parentsCarers, ageBands,
          String.join(",", groups), comment.toString(), change.toString(), evidenceId, feedbackId, by, now);
    };
  }

  @Bean("showAdvisoryComments")
  ExecutionListener showAdvisoryComments(AdvisoryRecords records) {
    return (DelegateExecution e) -> e.setVariable("advisoryCommentsToAnswer",
        AdvisoryRules.toAnswer(records.unanswered(e.getProcessInstanceId())));
  }

  @Bean("answerAdvisoryComments")
  ExecutionListener answerAdvisoryComments(AdvisoryRecords records, ParticipationRecords participation) {
    return (DelegateExecution e) -> {
      if (e.getVariable("nextStep") == null) {
        return; // the form validation that follows names the missing fields
      }
      List<AdvisoryRecords.Comment> open = records.unanswered(e.getProcessInstanceId());
      Object answer = e.getVariable("advisoryAnswer");
      List<String> problems = AdvisoryRules.answerProblems(open.size(), answer);
      if (!problems.isEmpty()) {
        throw new InvalidFormException("The form of '" + AdvisoryRules.ANSWER_TASK + "'", problems);
      }
      Instant now = ClockUtil.getCurrentTime().toInstant();
      String by = StageRecordListeners.user();
      for (AdvisoryRecords.Comment c : open) {
        records.answer(c.id(), answer.toString(), by, now);
        if (c.feedbackId() != null) {
          participation.feedbackSent(c.feedbackId(), LocalDate.ofInstant(now, ZoneId.systemDefault()), answer.toString(), by);
        }
      }
      e.setVariable("advisoryCommentsToAnswer", "");
    };
  }

}
