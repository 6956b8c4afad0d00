package org.withme.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API needs HTTP Basic authentication; each call runs with the caller's own
 * authorizations. A call without valid credentials gets 401.
 */
@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties(LoginThrottle.Properties.class)
public class RestApiSecurity {

  @Bean
  LoginThrottle loginThrottle(LoginThrottle.Properties properties) {
    return new LoginThrottle(properties, java.time.Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("withme-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Before the REST API's authentication and the webapps' login resource. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
    registration.setName("withme-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/auth/*", "/withme/*");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("withme-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
