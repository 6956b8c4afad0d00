package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.withme.support.WithMeTest;

/** Every delegate an element template names is a bean of the running application. */
@WithMeTest
class ElementTemplateBeansTest {

  @Autowired ApplicationContext context;

  @Test
  void everyTemplatesDelegateExpressionNamesADelegateBean() throws Exception {
    for (JsonNode template : ElementTemplatesTest.templates()) {
      String expression = ElementTemplatesTest.value(template, "camunda:delegateExpression");
      assertThat(expression).as(template.path("id").asText()).matches("\\$\\{[A-Za-z][A-Za-z0-9]*\\}");
      String bean = expression.substring(2, expression.length() - 1);
      assertThat(context.containsBean(bean)).as("bean " + bean).isTrue();
      assertThat(context.getBean(bean)).isInstanceOf(JavaDelegate.class);
    }
  }
}
