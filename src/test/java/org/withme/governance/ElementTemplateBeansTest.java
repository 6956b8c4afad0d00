package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.withme.support.WithMeTest;

/** Every delegate and listener an element template names is a bean of the running application, of the right kind. */
@WithMeTest
class ElementTemplateBeansTest {

  @Autowired ApplicationContext context;

  @Test
  void everyTemplatesDelegateExpressionNamesADelegateBean() throws Exception {
    int delegates = 0;
    for (JsonNode template : ElementTemplatesTest.templates()) {
      String expression = ElementTemplatesTest.value(template, "camunda:delegateExpression");
      if (expression == null) {
        assertThat(ElementTemplatesTest.executionListeners(template)).as(template.path("id").asText()).isNotEmpty();
        continue;
      }
      assertThat(context.getBean(bean(template, expression))).as(expression).isInstanceOf(JavaDelegate.class);
      delegates++;
    }
    assertThat(delegates).isPositive();
  }

  @Test
  void everyTemplatesExecutionListenerNamesAnExecutionListenerBean() throws Exception {
    int listeners = 0;
    for (JsonNode template : ElementTemplatesTest.templates()) {
      for (JsonNode listener : ElementTemplatesTest.executionListeners(template)) {
        assertThat(listener.path("binding").path("implementationType").asText()).isEqualTo("delegateExpression");
        assertThat(listener.path("binding").path("event").asText()).isIn("start", "end");
        String expression = listener.path("value").asText();
        assertThat(context.getBean(bean(template, expression))).as(expression).isInstanceOf(ExecutionListener.class);
        listeners++;
      }
    }
    assertThat(listeners).isPositive();
  }

  @Test
  void theTaskListenersTheTemplatesCannotSetAreTaskListenerBeans() throws Exception {
    for (String bean : ElementTemplatesTest.taskListenersInModels()) {
      assertThat(context.getBean(bean)).as(bean).isInstanceOf(TaskListener.class);
    }
  }

  private String bean(JsonNode template, String expression) {
    assertThat(expression).as(template.path("id").asText()).matches("\\$\\{[A-Za-z][A-Za-z0-9]*\\}");
    String bean = expression.substring(2, expression.length() - 1);
    assertThat(context.containsBean(bean)).as("bean " + bean).isTrue();
    return bean;
  }
}
