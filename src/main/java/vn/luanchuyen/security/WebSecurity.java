package vn.luanchuyen.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The web security rules. Pages need a login (form). The API takes the browser's session, with the
 * CSRF token and from this site only ({@link SameOriginGate}) for a change, or HTTP Basic from a
 * script; a browser is never sent a Basic challenge ({@link ApiChallenge}). Reading needs any role,
 * changing the registry the Organisation Board or an administrator, managing users an
 * administrator.
 *
 * <p>A user limited to some units ({@link UnitScope}) reaches only the endpoints whose data goes
 * through the scoped registry queries ({@link #SCOPED_PAGES}, {@link #SCOPED_API}); every other
 * endpoint, including any added later, refuses them with 403. So a new endpoint is closed to scoped
 * users until someone makes it scope-aware and lists it here.
 */
@Configuration
@ConditionalOnWebApplication
class WebSecurity {

  static final String[] REGISTRY_WRITERS = {"ORGANISATION_BOARD", "ADMIN"};

  /** Who may enter a ballot tally and record a conclusion at an approval's deciding step. */
  static final String[] DECIDERS = {"STANDING_COMMITTEE", "ORGANISATION_BOARD", "ADMIN"};

  /** Pages that show only what the scoped registry queries return. */
  static final String[] SCOPED_PAGES = {
    "/",
    "/cadres",
    "/cadres/*",
    "/units",
    "/units/*",
    "/units/*/children",
    "/cadres/*/so-yeu-ly-lich.docx",
    "/cadres/*/so-yeu-ly-lich.pdf"
  };

  /** API endpoints that read only through the scoped registry queries, or no personal data. */
  static final String[] SCOPED_API = {
    "/api/v1/cadres", "/api/v1/cadres/**", "/api/v1/units", "/api/v1/units/*",
    "/api/v1/units/*/positions", "/api/v1/positions", "/api/v1/positions/*", "/api/v1/codes"
  };

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  private final UnitScope scope;
  private final ApplicationEventPublisher events;

  WebSecurity(UnitScope scope, ApplicationEventPublisher events) {
    this.scope = scope;
    this.events = events;
  }

  /** The one authentication provider, so the login form and HTTP Basic share the throttle. */
  @Bean
  ThrottledAuthentication throttledAuthentication(
      UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
    return new ThrottledAuthentication(accounts, encoder, throttle);
  }

  /** Granted to a logged-in user who is not limited to some units. */
  private AuthorizationManager<RequestAuthorizationContext> unscoped() {
    AuthorizationManager<RequestAuthorizationContext> authenticated =
        AuthenticatedAuthorizationManager.authenticated();
    AuthorizationManager<RequestAuthorizationContext> notLimited =
        (Supplier<Authentication> auth, RequestAuthorizationContext ctx) ->
            new AuthorizationDecision(!scope.limited(auth.get().getName()));
    return AuthorizationManagers.allOf(authenticated, notLimited);
  }

  private AuthorizationManager<RequestAuthorizationContext> unscopedWithRole(String... roles) {
    return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAnyRole(roles), unscoped());
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, UserAccounts accounts, SignedInSessions sessions)
      throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/documents/**")
                    .access(unscopedWithRole("ADMIN"))
                    .requestMatchers("/api/v1/audit/**")
                    .access(unscopedWithRole("AUDITOR", "ADMIN"))
                    .requestMatchers(HttpMethod.GET, SCOPED_API)
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/api/v1/approval/**")
                    .access(unscoped())
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/approval/cases/*/tallies",
                        "/api/v1/approval/cases/*/decision",
                        "/api/v1/approval/cases/*/attachments")
                    .access(unscopedWithRole(DECIDERS))
                    .requestMatchers("/api/v1/approval/**")
                    .access(unscopedWithRole(REGISTRY_WRITERS))
                    .requestMatchers(HttpMethod.PUT, "/api/v1/cadres/*")
                    .hasAnyRole(REGISTRY_WRITERS)
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/**",
                        "/v3/api-docs",
                        "/v3/api-docs.yaml",
                        "/v3/api-docs/**")
                    .access(unscoped())
                    .anyRequest()
                    .access(unscopedWithRole(REGISTRY_WRITERS)))
        .httpBasic(basic -> basic.authenticationEntryPoint(new ApiChallenge()))
        .exceptionHandling(e -> e.authenticationEntryPoint(new ApiChallenge()))
        .formLogin(form -> form.disable())
        // a script authenticates each request with Basic and has no cookie to be abused; a
        // browser's session needs the token
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CsrfTokens.repository())
                    .csrfTokenRequestHandler(CsrfTokens.requestHandler())
                    .ignoringRequestMatchers(WebSecurity::sentWithBasic))
        .addFilterBefore(new SameOriginGate(), CsrfFilter.class)
        .addFilterBefore(new SessionGate(accounts, sessions), AuthorizationFilter.class)
        .addFilterAfter(new PersonalDataDownloads(events), AuthorizationFilter.class)
        .headers(headers -> headers.addHeaderWriter(permissionsPolicy()))
        .requestCache(cache -> cache.disable())
        // the session of the pages is used, never created: Basic stays without cookies
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
    return http.build();
  }

  @Bean
  SecurityFilterChain pages(
      HttpSecurity http, UserAccounts accounts, SignedInSessions sessions, Environment environment)
      throws Exception {
    ExceptionMappingAuthenticationFailureHandler failure =
        new ExceptionMappingAuthenticationFailureHandler();
    failure.setDefaultFailureUrl("/login?error");
    failure.setExceptionMappings(
        java.util.Map.of(
            org.springframework.security.authentication.LockedException.class.getName(),
            "/login?locked"));
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .access(unscopedWithRole("ADMIN"))
                    .requestMatchers("/audit/**")
                    .access(unscopedWithRole("AUDITOR", "ADMIN"))
                    .requestMatchers(SessionGate.CHANGE_PAGE)
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, SCOPED_PAGES)
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/approval", "/approval/**")
                    .access(unscoped())
                    .requestMatchers(
                        HttpMethod.POST,
                        "/approval/*/tallies",
                        "/approval/*/decision",
                        "/approval/*/attachments")
                    .access(unscopedWithRole(DECIDERS))
                    .requestMatchers("/approval", "/approval/**")
                    .access(unscopedWithRole(REGISTRY_WRITERS))
                    .requestMatchers(HttpMethod.POST, "/**")
                    .access(unscopedWithRole(REGISTRY_WRITERS))
                    .anyRequest()
                    .access(unscoped()))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(failure)
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CsrfTokens.repository())
                    .csrfTokenRequestHandler(CsrfTokens.requestHandler()))
        .addFilterAfter(CsrfTokens.cookieOnEveryPage(), CsrfFilter.class)
        .addFilterBefore(new SessionGate(accounts, sessions), AuthorizationFilter.class)
        .addFilterAfter(new PersonalDataDownloads(events), AuthorizationFilter.class)
        .headers(
            headers -> {
              headers
                  .contentSecurityPolicy(
                      csp ->
                          csp.policyDirectives(
                              "default-src 'self'; script-src 'self'; style-src 'self';"
                                  + " img-src 'self' data:; frame-ancestors 'none';"
                                  + " form-action 'self'; base-uri 'self'; object-src 'none'"))
                  .frameOptions(frame -> frame.deny())
                  .contentTypeOptions(Customizer.withDefaults())
                  .referrerPolicy(
                      r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                  .addHeaderWriter(permissionsPolicy());
              if (environment.acceptsProfiles(Profiles.of("production"))) {
                headers.httpStrictTransportSecurity(
                    hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
              }
            });
    return http.build();
  }

  private static boolean sentWithBasic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static StaticHeadersWriter permissionsPolicy() {
    return new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY);
  }
}
