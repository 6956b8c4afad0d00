package org.withme.inspection;

import org.springframework.stereotype.Component;

/** On completing "Record what you found": the Young Inspectors' scores and comments. */
@Component("recordInspectorsView")
public class RecordInspectorsViewListener extends RecordViewListener {

  public RecordInspectorsViewListener(InspectionRecords records) {
    super(records, InspectionRecords.INSPECTORS, "Record what you found", "Your score for question", "inspectorScore",
        "inspectorComment");
  }
}
