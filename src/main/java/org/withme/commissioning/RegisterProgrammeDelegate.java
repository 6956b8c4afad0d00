package org.withme.commissioning;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.withme.forms.InvalidFormException;
import org.withme.forms.Values;
import org.withme.participation.HartLadder;

/**
 * Registers the programme from the start form: checks the promise made to young people, records
 * the programme, and makes its reference the business key.
 */
@Component("registerProgramme")
public class RegisterProgrammeDelegate implements JavaDelegate {

  private final ProgrammeRecords records;

  public RegisterProgrammeDelegate(ProgrammeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Programme programme = new Programme(
        (String) execution.getVariable("programmeReference"),
        (String) execution.getVariable("programmeTitle"),
        (String) execution.getVariable("serviceArea"),
        intVariable(execution, "cohortAgeFrom"),
        intVariable(execution, "cohortAgeTo"),
        listVariable(execution, "cohortGroups"),
        decimalVariable(execution, "estimatedValue"),
        intVariable(execution, "influenceRung"),
        listVariable(execution, "lundyElements"));
    List<String> problems = new java.util.ArrayList<>(ProgrammeRules.problems(programme));
    if (problems.isEmpty() && records.exists(programme.reference())) {
      problems.add("Programme reference (programmeReference) " + programme.reference() + " is already in use");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFormException("The programme", problems);
    }
    records.insert(programme, execution.getProcessInstanceId(),
        (String) execution.getVariable("programmeOwner"), ClockUtil.getCurrentTime().toInstant());
    execution.setProcessBusinessKey(programme.reference());
    HartLadder rung = HartLadder.ofRung(programme.influenceRung()).orElseThrow();
    execution.setVariable("influencePromise", "Rung " + rung.rung() + " of Hart's ladder, '" + rung.title() + "': "
        + rung.meaning() + " Lundy: " + String.join(", ", programme.lundyElements()) + ".");
  }

  static int intVariable(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return v == null ? -1 : Integer.parseInt(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidFormException("The programme", List.of(name + " must be a whole number"));
    }
  }

  static BigDecimal decimalVariable(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null ? null : new BigDecimal(v.toString());
  }

  static List<String> listVariable(DelegateExecution execution, String name) {
    return Values.asList(execution.getVariable(name));
  }
}
