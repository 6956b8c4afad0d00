package org.withme.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task carries what it belongs to as task-local variables, which the Tasklist's filters
 * show on the card ({@link #REFERENCE}, {@link #TITLE}) and forms show in their context
 * ({@link #STAGE}). Task-local variables are readable by
 * everyone who may read the task, unlike the process instance's variables, which only admins may
 * read: so every role sees the programme (or tender, inspection, review) on its cards.
 */
@Component
public class TaskCardPlugin extends AbstractProcessEnginePlugin {

  public static final String REFERENCE = "taskReference";
  public static final String TITLE = "taskTitle";
  /** The commissioning stage in words ("Analyse"), for forms that show which stage a task is in. */
  public static final String STAGE = "taskStage";

  /** The title variables of WithMe's processes, the first one set wins. */
  static final List<String> TITLE_VARIABLES = List.of("programmeTitle", "reviewTitle", "inspectionTitle", "tenderTitle");

  static final TaskListener CARD = TaskCardPlugin::describe;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CARD);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void describe(DelegateTask task) {
    String reference = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Object programme = task.getVariable("programmeReference");
    if (reference == null && programme != null) {
      reference = programme.toString();
    } else if (reference != null && programme != null && !reference.startsWith(programme.toString())) {
      reference = reference + " (" + programme + ")"; // a tender or inspection within a programme
    }
    Object title = null;
    for (String name : TITLE_VARIABLES) {
      title = task.getVariable(name);
      if (title != null) {
        break;
      }
    }
    if (reference != null) {
      task.setVariableLocal(REFERENCE, reference);
    }
    if (title != null) {
      task.setVariableLocal(TITLE, title.toString());
    }
    Object stage = task.getVariable("stage");
    if (stage != null) {
      task.setVariableLocal(STAGE, stageInWords(stage.toString()));
    }
  }

  /** "analyse" → "Analyse": the stage codes the records keep, as people read them. */
  static String stageInWords(String stage) {
    return stage.isEmpty() ? stage : Character.toUpperCase(stage.charAt(0)) + stage.substring(1).replace('-', ' ');
  }
}
