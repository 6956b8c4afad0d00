package org.withme.integrity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.withme.participation.StageEntries;

/**
 * Participation integrity inside the engine: the {@link OneWayForwardGuard} on every command, and
 * the {@link StageEntryCheck} on entry to each commissioning stage, "Decide what happens next" and
 * the tender award, added to every deployed version of those models as built-in listeners.
 */
@Component
public class IntegrityPlugin extends AbstractProcessEnginePlugin {

  private final OperatorActions actions;
  private final StageEntries stages;

  public IntegrityPlugin(OperatorActions actions, StageEntries stages) {
    this.actions = actions;
    this.stages = stages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(with(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new EntryChecks());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    // first of WithMe's interceptors, whichever plugin adds its own earlier: who may act is decided
    // before what they submit is read (org.withme.forms.SubmissionGuard)
    interceptors.add(0, new OneWayForwardGuard(actions));
    interceptors.add(1, new OrQueryExpressionGuard());
    return interceptors;
  }

  final class EntryChecks extends AbstractBpmnParseListener {

    @Override
    public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
      commissioning(activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      commissioning(activity);
      if ("tender-evaluation".equals(key(activity)) && "AwardContract".equals(activity.getId())) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new StageEntryCheck.Award(stages));
      }
    }

    private void commissioning(ActivityImpl activity) {
      String stage = StageEntryCheck.COMMISSIONING.get(activity.getId());
      if (stage != null && "commissioning-cycle".equals(key(activity))
          && activity.getFlowScope() == activity.getProcessDefinition()) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new StageEntryCheck(stages, stage));
      }
    }

    private String key(ActivityImpl activity) {
      return activity.getProcessDefinition() instanceof ProcessDefinitionEntity d ? d.getKey() : null;
    }
  }

  /** The operator's reason header on the engine REST API and the webapps' API. */
  @Configuration(proxyBeanMethods = false)
  static class ReasonHeader {
    @Bean
    FilterRegistrationBean<OperatorReason.Filter> operatorReasonHeader() {
      FilterRegistrationBean<OperatorReason.Filter> registration = new FilterRegistrationBean<>(new OperatorReason.Filter());
      registration.setName("withme-operator-reason");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
      return registration;
    }
  }
}
