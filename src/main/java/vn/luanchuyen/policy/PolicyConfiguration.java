package vn.luanchuyen.policy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policies as the application's bean, the one in force chosen by the property {@code
 * luanchuyen.policy.current} wherever Spring reads properties ({@code application.properties},
 * {@code --luanchuyen.policy.current=} arguments, system properties, the environment variable
 * {@code LUANCHUYEN_POLICY_CURRENT}); the index's choice when it is not set. An id no shipped
 * policy has stops the start with the ids that may be chosen.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

  @Bean
  Policies policies(@Value("${" + Policies.CURRENT_PROPERTY + ":}") String current) {
    return Policies.withCurrent(current);
  }
}
