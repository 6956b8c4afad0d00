package org.withme.notification.reminder;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Engine plugin: every user task of every deployed process gets the reminder task listeners; the
 * engine learns the two reminder job types and retries them with the configured back-off.
 */
public class ReminderPlugin extends AbstractProcessEnginePlugin {

  private final Reminders reminders;
  private final ArrivalMailProperties arrival;

  public ReminderPlugin(Reminders reminders) {
    this(reminders, new ArrivalMailProperties(false, null));
  }

  public ReminderPlugin(Reminders reminders, ArrivalMailProperties arrival) {
    this.reminders = reminders;
    this.arrival = arrival;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, reminders.schedule);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> reminders.arrived(task, arrival));
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, reminders.reschedule);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, reminders.cancel);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, reminders.cancel);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);

    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new ReminderJobHandler());
    handlers.add(new MailJobHandler());
    configuration.setCustomJobHandlers(handlers);

    FailedJobCommandFactory engineDefault = configuration.getFailedJobCommandFactory() == null
        ? new DefaultFailedJobCommandFactory() : configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory(new ReminderRetries(engineDefault, reminders.properties.retryTimeCycle()));
  }

  final class ReminderJobHandler implements JobHandler<ReminderJobConfiguration> {
    @Override
    public String getType() {
      return Reminders.REMINDER_JOB;
    }

    @Override
    public void execute(ReminderJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
      reminders.remind(configuration, commandContext);
    }

    @Override
    public ReminderJobConfiguration newConfiguration(String canonicalString) {
      return ReminderJobConfiguration.parse(canonicalString);
    }

    @Override
    public void onDelete(ReminderJobConfiguration configuration, JobEntity jobEntity) {}
  }

  final class MailJobHandler implements JobHandler<MailJobConfiguration> {
    @Override
    public String getType() {
      return Reminders.MAIL_JOB;
    }

    @Override
    public void execute(MailJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
      reminders.deliver(configuration.mailId());
    }

    @Override
    public MailJobConfiguration newConfiguration(String canonicalString) {
      return new MailJobConfiguration(canonicalString);
    }

    @Override
    public void onDelete(MailJobConfiguration configuration, JobEntity jobEntity) {}
  }

  /** Reminder jobs retry on the configured cycle (e.g. PT1M,PT5M,...); every other job as before. */
  static final class ReminderRetries implements FailedJobCommandFactory {
    private final FailedJobCommandFactory delegate;
    private final String cycle;

    ReminderRetries(FailedJobCommandFactory delegate, String cycle) {
      this.delegate = delegate;
      this.cycle = cycle;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
      Command<Object> engineDefault = delegate.getCommand(jobId, exception);
      return commandContext -> {
        JobEntity job = commandContext.getJobManager().findJobById(jobId);
        if (job == null) {
          return null; // another execution finished it
        }
        if (Reminders.REMINDER_JOB.equals(job.getJobHandlerType()) || Reminders.MAIL_JOB.equals(job.getJobHandlerType())) {
          return new CycleRetry(jobId, exception, cycle).execute(commandContext);
        }
        return engineDefault.execute(commandContext);
      };
    }
  }

  static final class CycleRetry extends DefaultJobRetryCmd {
    private final String cycle;

    CycleRetry(String jobId, Throwable exception, String cycle) {
      super(jobId, exception);
      this.cycle = cycle;
    }

    @Override
    public ActivityImpl getCurrentActivity(CommandContext commandContext, JobEntity job) {
      return new ActivityImpl(job.getJobHandlerType(), null); // no BPMN activity: the cycle comes from configuration
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      return ParseUtil.parseRetryIntervals(cycle);
    }
  }
}
