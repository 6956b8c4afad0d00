package org.withme.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.variable.Variables;

/** Start-form values of a valid fictional programme, with a fresh reference each time. */
public final class Programmes {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Programmes() {}

  public static String newReference() {
    return "TEST-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
  }

  public static Map<String, Object> startForm(String reference) {
    Map<String, Object> v = new HashMap<>();
    v.put("programmeTitle", "Young carers' support service");
    v.put("programmeReference", reference);
    v.put("serviceArea", "young-carers");
    v.put("cohortAgeFrom", 8L);
    v.put("cohortAgeTo", 18L);
    v.put("cohortGroups", Variables.objectValue(List.of("young-carers")).serializationDataFormat("application/json").create());
    v.put("estimatedValue", 450000L);
    v.put("influenceRung", "6");
    v.put("lundyElements", Variables.objectValue(List.of("space", "voice", "audience", "influence"))
        .serializationDataFormat("application/json").create());
    return v;
  }
}
