package org.withme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** WithMe: commissioning children's services with young people, on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WithMeApplication {

  public static void main(String[] args) {
    SpringApplication.run(WithMeApplication.class, args);
  }
}
