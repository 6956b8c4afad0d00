package org.withme.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Opens the inspection record, fixes the scale and gap threshold for it, offers the pool of Young
 * Inspectors to choose from, and suggests the standard monitoring questions to start from.
 */
@Component("registerInspection")
public class RegisterInspectionDelegate implements JavaDelegate {

  /** Questions to start from; the inspectors change them for each service. */
  static final List<String> STANDARD_QUESTIONS = List.of(
      "Do young people feel welcome and safe here?",
      "Do young people have a say in what the service does?",
      "Is the service easy to find and get to?",
      "Do staff listen and explain things clearly?",
      "Would you tell a friend to come here?");

  private final InspectionRecords records;
  private final YoungInspectorPool pool;
  private final InspectionProperties properties;

  public RegisterInspectionDelegate(InspectionRecords records, YoungInspectorPool pool, InspectionProperties properties) {
    this.records = records;
    this.pool = pool;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = UUID.randomUUID().toString();
    records.insert(id, Steps.text(execution, "programmeReference"), Steps.text(execution, "programmeTitle"),
        Steps.text(execution, "serviceArea"), Steps.text(execution, "providerName"), Steps.text(execution, "contractReference"),
        properties.scaleMax(), properties.gapThreshold(), execution.getProcessInstanceId(), Steps.now());
    execution.setVariable("inspectionId", id);
    execution.setVariable("inspectionGapCount", 0);
    execution.setVariable("scaleMax", properties.scaleMax());
    execution.setVariable("scaleText", "1 = very poor, " + properties.scaleMax() + " = excellent");
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(Steps.programmeKey(execution) + "/inspection");
    }
    List<Map<String, String>> options = new ArrayList<>();
    for (YoungInspector i : pool.active().values()) {
      Map<String, String> option = new LinkedHashMap<>();
      // the login tells apart two inspectors with the same first name
      option.put("label", i.name() + " (" + i.userId() + ")" + (i.lapsedOn(Steps.today())
          ? ": training lapsed on " + Steps.inWords(i.refresherDueOn()) + ", refresher needed"
          : ": trained " + Steps.inWords(i.lastTrainedOn()) + ", refresher due " + Steps.inWords(i.refresherDueOn())));
      option.put("value", i.userId());
      options.add(option);
    }
    execution.setVariable("inspectorOptions", SpinValues.jsonValue(Spin.JSON(options).toString()).create());
    for (int i = 0; i < STANDARD_QUESTIONS.size(); i++) {
      execution.setVariable("toolQuestion" + (i + 1), STANDARD_QUESTIONS.get(i));
    }
  }
}
