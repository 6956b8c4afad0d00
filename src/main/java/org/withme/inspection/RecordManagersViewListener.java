package org.withme.inspection;

import org.springframework.stereotype.Component;

/** On completing "Record the manager's view": the service manager's scores and comments on the same questions. */
@Component("recordManagersView")
public class RecordManagersViewListener extends RecordViewListener {

  public RecordManagersViewListener(InspectionRecords records) {
    super(records, InspectionRecords.MANAGER, "Record the manager's view", "Manager's score for question", "managerScore",
        "managerComment");
  }
}
