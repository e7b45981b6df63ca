package vn.luanchuyen.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web security rules: pages need a login (form), the API accepts HTTP Basic as well; reading
 * needs any role, changing the registry needs the Organisation Board or an administrator.
 */
@Configuration
@ConditionalOnWebApplication
class WebSecurity {

  static final String[] REGISTRY_WRITERS = {"ORGANISATION_BOARD", "ADMIN"};

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/v1/audit/**")
                    .hasAnyRole("AUDITOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**")
                    .authenticated()
                    .anyRequest()
                    .hasAnyRole(REGISTRY_WRITERS))
        .httpBasic(Customizer.withDefaults())
        .formLogin(form -> form.disable())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            s ->
                s.sessionCreationPolicy(
                    org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/audit/**")
                    .hasAnyRole("AUDITOR", "ADMIN")
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/**")
                    .hasAnyRole(REGISTRY_WRITERS)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; frame-ancestors 'none';"
                                    + " form-action 'self'"))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
