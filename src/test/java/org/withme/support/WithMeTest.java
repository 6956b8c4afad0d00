package org.withme.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole WithMe application on in-memory H2 with the demo users, a real SMTP server and
 * process coverage. Every test class with this annotation shares one Spring context: do not add
 * properties or mocks per class, or the suite starts another context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = FreeSmtpPort.class)
@Import({ProcessEngineCoverageConfiguration.class, DmnRuleCoverage.class})
public @interface WithMeTest {}
