package org.withme.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records which rules of which decision tables the tests matched (camunda-process-test-coverage
 * covers BPMN only): one line "decisionKey ruleId" per match in
 * target/process-test-coverage/dmn-rules/&lt;pid&gt;.txt, which ProcessCoverageGateIT reads. Part of
 * every test context (imported by {@link WithMeTest} and {@link WithMePostgresTest}); it changes
 * nothing the application does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DmnRuleCoverage {

  static final Path DIRECTORY = Path.of("target", "process-test-coverage", "dmn-rules");

  @Bean
  static ProcessEnginePlugin dmnRuleCoveragePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
            ? configuration.getDmnEngineConfiguration()
            : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        List<DmnDecisionTableEvaluationListener> listeners = new ArrayList<>();
        if (dmn.getCustomPostDecisionTableEvaluationListeners() != null) {
          listeners.addAll(dmn.getCustomPostDecisionTableEvaluationListeners());
        }
        listeners.add(DmnRuleCoverage::record);
        dmn.setCustomPostDecisionTableEvaluationListeners(listeners);
        configuration.setDmnEngineConfiguration(dmn);
      }
    };
  }

  static synchronized void record(DmnDecisionTableEvaluationEvent event) {
    StringBuilder lines = new StringBuilder();
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      lines.append(event.getDecision().getKey()).append(' ').append(rule.getId()).append('\n');
    }
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve(ProcessHandle.current().pid() + ".txt"), lines.toString(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
