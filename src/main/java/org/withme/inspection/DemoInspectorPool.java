package org.withme.inspection;

import java.time.LocalDate;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's Young Inspector (isla, fictional) in the pool, trained a month before the first
 * start, so the demo can assign her. Only with the demo users; added once.
 */
@Component
@ConditionalOnProperty(name = "withme.demo.users-enabled", havingValue = "true")
class DemoInspectorPool implements SmartInitializingSingleton {

  static final String DEMO_INSPECTOR = "isla";

  private final YoungInspectorPool pool;
  private final InspectionProperties properties;

  DemoInspectorPool(YoungInspectorPool pool, InspectionProperties properties) {
    this.pool = pool;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (pool.find(DEMO_INSPECTOR).isEmpty()) {
      LocalDate trained = Steps.today().minusMonths(1);
      pool.recordTraining(DEMO_INSPECTOR, "Isla", AgeBand.AGED_16_TO_17, trained,
          InspectionRules.refresherDue(trained, properties.refresherAfter()), "initial", "demo", Steps.now());
    }
  }
}
