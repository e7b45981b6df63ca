package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.luanchuyen.importexport.RegistryStore;

/**
 * Every endpoint the application maps, found in its own handler mappings, must have a rule in
 * {@link #RULES}; a new endpoint without one fails here with its path. Then every endpoint is
 * called without a login, as users lacking the role it needs, and as users scoped to another unit,
 * asking for that unit's cadre.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointAccessTests {

  /** Who may call an endpoint. */
  enum Access {
    /** Anyone, without a login. */
    PUBLIC,
    /** Any logged-in user, scoped or not; shows only the user's own data. */
    ANY_USER,
    /** Any logged-in user; scoped users get only their units' cadres (scoped registry queries). */
    SCOPED_READ,
    /** The Organisation Board or an administrator; scoped ones change only their units' cadres. */
    SCOPED_WRITE,
    /** Any logged-in user not limited to units. */
    UNSCOPED_READ,
    /** The Organisation Board or an administrator, not limited to units. */
    REGISTRY_WRITE,
    /** The Standing Committee, the Organisation Board or an administrator, not limited to units. */
    DECIDE,
    /** Administrators not limited to units. */
    ADMIN,
    /** Auditors and administrators not limited to units. */
    AUDIT
  }

  /** The access rule of every mapped endpoint, as "METHOD pattern". */
  static final Map<String, Access> RULES = new LinkedHashMap<>();

  static {
    rule("GET /login", Access.PUBLIC);
    rule("* /error", Access.PUBLIC);
    rule("GET /", Access.SCOPED_READ);
    rule("GET /cadres", Access.SCOPED_READ);
    rule("GET /cadres/{code}", Access.SCOPED_READ);
    rule("GET /cadres/{code}/so-yeu-ly-lich.docx", Access.SCOPED_READ);
    rule("GET /cadres/{code}/so-yeu-ly-lich.pdf", Access.SCOPED_READ);
    rule("GET /units", Access.SCOPED_READ);
    rule("GET /units/{code}", Access.SCOPED_READ);
    rule("GET /units/{code}/children", Access.SCOPED_READ);
    rule("GET /screening", Access.UNSCOPED_READ);
    rule("GET /policies", Access.UNSCOPED_READ);
    rule("GET /policies/{id}", Access.UNSCOPED_READ);
    rule("GET /screening/export.xlsx", Access.UNSCOPED_READ);
    rule("GET /audit", Access.AUDIT);
    rule("GET /workbook", Access.UNSCOPED_READ);
    rule("GET /workbook/template.xlsx", Access.UNSCOPED_READ);
    rule("GET /workbook/export.xlsx", Access.UNSCOPED_READ);
    rule("POST /workbook/import", Access.REGISTRY_WRITE);
    rule("GET /account/password", Access.ANY_USER);
    rule("POST /account/password", Access.ANY_USER);
    rule("GET /admin/users", Access.ADMIN);
    rule("GET /admin/users/new", Access.ADMIN);
    rule("POST /admin/users/new", Access.ADMIN);
    rule("GET /admin/users/{username}", Access.ADMIN);
    rule("POST /admin/users/{username}", Access.ADMIN);
    rule("POST /admin/users/{username}/password", Access.ADMIN);
    rule("GET /api/v1/cadres", Access.SCOPED_READ);
    rule("GET /api/v1/cadres/{code}", Access.SCOPED_READ);
    rule("PUT /api/v1/cadres/{code}", Access.SCOPED_WRITE);
    rule("GET /api/v1/cadres/{code}/assignments", Access.SCOPED_READ);
    rule("GET /api/v1/cadres/{code}/assessments", Access.SCOPED_READ);
    rule("GET /api/v1/cadres/{code}/disciplines", Access.SCOPED_READ);
    rule("GET /api/v1/cadres/{code}/so-yeu-ly-lich.docx", Access.SCOPED_READ);
    rule("GET /api/v1/cadres/{code}/so-yeu-ly-lich.pdf", Access.SCOPED_READ);
    rule("GET /api/v1/units", Access.SCOPED_READ);
    rule("GET /api/v1/units/{code}", Access.SCOPED_READ);
    rule("PUT /api/v1/units/{code}", Access.REGISTRY_WRITE);
    rule("GET /api/v1/units/{code}/positions", Access.SCOPED_READ);
    rule("GET /api/v1/positions", Access.SCOPED_READ);
    rule("GET /api/v1/positions/{code}", Access.SCOPED_READ);
    rule("GET /api/v1/codes", Access.SCOPED_READ);
    rule("GET /api/v1/planning", Access.UNSCOPED_READ);
    rule("GET /api/v1/policies", Access.UNSCOPED_READ);
    rule("GET /api/v1/policies/{id}", Access.UNSCOPED_READ);
    rule("GET /api/v1/retirement", Access.UNSCOPED_READ);
    rule("GET /api/v1/screening", Access.UNSCOPED_READ);
    rule("GET /api/v1/screening/cadres/{code}", Access.UNSCOPED_READ);
    rule("GET /api/v1/screening/export", Access.UNSCOPED_READ);
    rule("GET /api/v1/audit", Access.AUDIT);
    rule("GET /api/v1/audit/verify", Access.AUDIT);
    rule("POST /api/v1/workbook/import", Access.REGISTRY_WRITE);
    rule("GET /api/v1/workbook/export", Access.UNSCOPED_READ);
    rule("GET /api/v1/workbook/template", Access.UNSCOPED_READ);
    // planning, succession pools and reporting: whole-registry views, refused to scoped users
    rule("GET /api/v1/plans/versions", Access.UNSCOPED_READ);
    rule("GET /api/v1/plans/versions/diff", Access.UNSCOPED_READ);
    rule("GET /api/v1/plans/versions/{version}/moves", Access.UNSCOPED_READ);
    rule("GET /api/v1/plans/versions/{version}/staleness", Access.UNSCOPED_READ);
    rule("POST /api/v1/plans/versions/{version}/submission", Access.REGISTRY_WRITE);
    rule("GET /plans/versions/{id}", Access.UNSCOPED_READ);
    rule("POST /plans/versions/{id}/submit", Access.REGISTRY_WRITE);
    rule("POST /plans/versions/{id}/reversal", Access.REGISTRY_WRITE);
    rule("POST /plans/versions/{id}/title", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans/versions/{version}/reversal", Access.REGISTRY_WRITE);
    rule("GET /api/v1/plans/{id}", Access.UNSCOPED_READ);
    rule("GET /api/v1/plans/{id}/progress", Access.UNSCOPED_READ);
    rule("GET /api/v1/reports/quality", Access.UNSCOPED_READ);
    rule("GET /api/v1/reports/quality/cadres", Access.UNSCOPED_READ);
    rule("GET /api/v1/succession/{term}/bench-strength", Access.UNSCOPED_READ);
    rule("GET /api/v1/succession/{term}/entries", Access.UNSCOPED_READ);
    rule("GET /api/v1/succession/{term}/structure", Access.UNSCOPED_READ);
    rule("GET /plans", Access.UNSCOPED_READ);
    rule("GET /plans/diff", Access.UNSCOPED_READ);
    rule("GET /plans/run/{id}", Access.UNSCOPED_READ);
    rule("GET /plans/run/{id}/board", Access.UNSCOPED_READ);
    rule("GET /plans/run/{id}/export.xlsx", Access.UNSCOPED_READ);
    rule("GET /plans/run/{id}/assign", Access.UNSCOPED_READ);
    rule("GET /reports/progress", Access.UNSCOPED_READ);
    rule("GET /reports/quality", Access.UNSCOPED_READ);
    rule("GET /reports/quality.pdf", Access.UNSCOPED_READ);
    rule("GET /reports/quality.xlsx", Access.UNSCOPED_READ);
    rule("GET /reports/quality/cadres", Access.UNSCOPED_READ);
    rule("GET /reports/quality/cadres.xlsx", Access.UNSCOPED_READ);
    rule("GET /succession", Access.UNSCOPED_READ);
    rule("DELETE /api/v1/succession/entries/{id}", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans/{id}/cancel", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans/{id}/check", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans/{id}/resolve", Access.REGISTRY_WRITE);
    rule("POST /api/v1/plans/{id}/versions", Access.REGISTRY_WRITE);
    rule("POST /api/v1/succession/{term}/entries", Access.REGISTRY_WRITE);
    rule("POST /plans", Access.REGISTRY_WRITE);
    rule("POST /plans/run/{id}/cancel", Access.REGISTRY_WRITE);
    rule("POST /plans/run/{id}/resolve", Access.REGISTRY_WRITE);
    rule("POST /plans/run/{id}/save", Access.REGISTRY_WRITE);
    rule("POST /succession/{term}/entries", Access.REGISTRY_WRITE);
    rule("POST /succession/{term}/entries/{id}/remove", Access.REGISTRY_WRITE);
    rule("PUT /api/v1/plans/versions/{version}", Access.REGISTRY_WRITE);
    // approval: cases on whole-registry subjects, refused to scoped users
    rule("GET /api/v1/approval/cases", Access.UNSCOPED_READ);
    rule("GET /api/v1/approval/cases/{id}", Access.UNSCOPED_READ);
    rule("GET /api/v1/approval/cases/{id}/tallies", Access.UNSCOPED_READ);
    rule("POST /api/v1/approval/cases", Access.REGISTRY_WRITE);
    rule("POST /api/v1/approval/cases/{id}/steps/{step}", Access.REGISTRY_WRITE);
    rule("POST /api/v1/approval/cases/{id}/send-back", Access.REGISTRY_WRITE);
    rule("POST /api/v1/approval/cases/{id}/decision", Access.DECIDE);
    rule("POST /api/v1/approval/cases/{id}/tallies", Access.DECIDE);
    rule("GET /api/v1/approval/cases/{id}/withdrawals", Access.UNSCOPED_READ);
    rule("POST /api/v1/approval/cases/{id}/withdrawals", Access.REGISTRY_WRITE);
    rule("GET /api/v1/approval/cases/{id}/cadre-meetings", Access.UNSCOPED_READ);
    rule("POST /api/v1/approval/cases/{id}/cadre-meetings", Access.REGISTRY_WRITE);
    rule("GET /api/v1/approval/cases/{id}/attachments", Access.UNSCOPED_READ);
    rule("GET /api/v1/approval/cases/{id}/attachments/{attachment}", Access.UNSCOPED_READ);
    rule("POST /api/v1/approval/cases/{id}/attachments", Access.DECIDE);
    rule("GET /approval/{id}/attachments/{attachment}", Access.UNSCOPED_READ);
    rule("POST /approval/{id}/attachments", Access.DECIDE);
    rule("GET /approval", Access.UNSCOPED_READ);
    rule("GET /approval/{id}", Access.UNSCOPED_READ);
    rule("POST /approval", Access.REGISTRY_WRITE);
    rule("POST /approval/{id}/steps/{step}", Access.REGISTRY_WRITE);
    rule("POST /approval/{id}/send-back", Access.REGISTRY_WRITE);
    rule("POST /approval/{id}/decision", Access.DECIDE);
    rule("POST /approval/{id}/tallies", Access.DECIDE);
    rule("POST /approval/{id}/withdrawals", Access.REGISTRY_WRITE);
    rule("POST /approval/{id}/cadre-meetings", Access.REGISTRY_WRITE);
    // documents of a case, and their templates
    rule("GET /approval/{id}/documents/{kind}.docx", Access.UNSCOPED_READ);
    rule("GET /approval/{id}/documents/{kind}.pdf", Access.UNSCOPED_READ);
    rule("GET /api/v1/approval/cases/{id}/documents/{kind}.docx", Access.UNSCOPED_READ);
    rule("GET /api/v1/approval/cases/{id}/documents/{kind}.pdf", Access.UNSCOPED_READ);
    rule("GET /admin/documents", Access.ADMIN);
    rule("GET /admin/documents/{name}", Access.ADMIN);
    rule("POST /admin/documents/{name}", Access.ADMIN);
    rule("POST /admin/documents/{name}/restore", Access.ADMIN);
    rule("GET /api/v1/documents/templates", Access.ADMIN);
    rule("GET /api/v1/documents/templates/{name}", Access.ADMIN);
    rule("PUT /api/v1/documents/templates/{name}", Access.ADMIN);
    rule("DELETE /api/v1/documents/templates/{name}", Access.ADMIN);
    rule("GET /api/v1/users", Access.ADMIN);
    rule("POST /api/v1/users", Access.ADMIN);
    rule("GET /api/v1/users/{username}", Access.ADMIN);
    rule("PUT /api/v1/users/{username}", Access.ADMIN);
    rule("POST /api/v1/users/{username}/password", Access.ADMIN);
    rule("GET /v3/api-docs", Access.UNSCOPED_READ);
    rule("GET /v3/api-docs.yaml", Access.UNSCOPED_READ);
    rule("GET /v3/api-docs/swagger-config", Access.UNSCOPED_READ);
    rule("GET /swagger-ui.html", Access.UNSCOPED_READ);
  }

  private static void rule(String endpoint, Access access) {
    RULES.put(endpoint, access);
  }

  /** An endpoint as mapped: one method and one path pattern. */
  record Endpoint(String method, String pattern) {
    String key() {
      return method + " " + pattern;
    }

    boolean api() {
      return pattern.startsWith("/api/") || pattern.startsWith("/v3/");
    }

    /** The path with every variable filled in with something of the other unit. */
    String path() {
      Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String value =
            switch (m.group(1)) {
              case "username" -> ScopeFixture.BOARD;
              default -> pattern.contains("cadre") ? ScopeFixture.OTHER : ScopeFixture.OTHER_UNIT;
            };
        m.appendReplacement(path, value);
      }
      m.appendTail(path);
      return path.toString().replace("/**", "/x");
    }
  }

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  @BeforeEach
  void twoWards() {
    ScopeFixture.load(jdbc, store, accounts);
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      List<String> methods =
          info.getMethodsCondition().getMethods().isEmpty()
              ? List.of("*")
              : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
      for (String pattern : info.getPatternValues()) {
        methods.forEach(m -> endpoints.add(new Endpoint(m, pattern)));
      }
    }
    return endpoints;
  }

  private static Access access(Endpoint e) {
    return RULES.get(e.key());
  }

  @Test
  void everyMappedEndpointHasAnAccessRule() {
    TreeSet<String> unknown = new TreeSet<>();
    for (Endpoint e : endpoints()) {
      if (access(e) == null) {
        unknown.add(e.key());
      }
    }
    assertThat(unknown)
        .as(
            "endpoints without an access rule in EndpointAccessTests.RULES (add one, and for"
                + " scoped users make the endpoint scope-aware or leave it refused)")
        .isEmpty();
  }

  @Test
  void theRuleTableNamesNoEndpointThatIsNotMapped() {
    TreeSet<String> mapped = new TreeSet<>();
    endpoints().forEach(e -> mapped.add(e.key()));
    assertThat(mapped).containsAll(RULES.keySet());
  }

  private MvcResult call(Endpoint e, RequestPostProcessor who) throws Exception {
    String method = e.method().equals("*") ? "GET" : e.method();
    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), e.path());
    request.with(csrf());
    if (!method.equals("GET")) {
      // a well-formed body naming the path's record, so that the handler gets to look it up
      request
          .contentType("application/json")
          .content(
              "{\"code\":\""
                  + ScopeFixture.OTHER
                  + "\",\"fullName\":\"Đổi tên\",\"sex\":\"MALE\",\"version\":0}");
    }
    if (who != null) {
      request.with(who);
    }
    return mvc.perform(request).andReturn();
  }

  @Test
  void noEndpointButThePublicOnesAnswersWithoutALogin() throws Exception {
    List<String> open = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (access(e) == null || access(e) == Access.PUBLIC) {
        continue;
      }
      MvcResult r = call(e, null);
      int status = r.getResponse().getStatus();
      boolean refused =
          e.api()
              ? status == 401
              : status == 302 && r.getResponse().getRedirectedUrl().endsWith("/login");
      if (!refused) {
        open.add(e.key() + " -> " + status);
      }
    }
    assertThat(open).as("endpoints reachable without a login").isEmpty();
  }

  @Test
  void endpointsNeedingARoleRefuseUsersWithoutIt() throws Exception {
    List<String> open = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      Access access = access(e);
      List<RequestPostProcessor> lacking = new ArrayList<>();
      if (access == Access.AUDIT) {
        lacking.add(user(ScopeFixture.BOARD).roles("ORGANISATION_BOARD"));
        lacking.add(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER", "STANDING_COMMITTEE"));
      } else if (access == Access.ADMIN) {
        lacking.add(user(ScopeFixture.BOARD).roles("ORGANISATION_BOARD"));
        lacking.add(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER", "STANDING_COMMITTEE"));
      } else if (access == Access.REGISTRY_WRITE || access == Access.SCOPED_WRITE) {
        lacking.add(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER", "STANDING_COMMITTEE"));
        lacking.add(user("kiemtra").roles("AUDITOR"));
      } else if (access == Access.DECIDE) {
        lacking.add(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER"));
        lacking.add(user("kiemtra").roles("AUDITOR"));
      }
      for (RequestPostProcessor who : lacking) {
        int status = call(e, who).getResponse().getStatus();
        if (status != 403) {
          open.add(e.key() + " -> " + status);
        }
      }
    }
    assertThat(open).as("endpoints reachable without the role they need").isEmpty();
  }

  @Test
  @Tag("database")
  void noEndpointShowsAnotherUnitsCadreToAScopedUser() throws Exception {
    List<String> leaks = new ArrayList<>();
    RequestPostProcessor[] scoped = {
      user(ScopeFixture.SCOPED_VIEWER).roles("UNIT_VIEWER"),
      user(ScopeFixture.SCOPED_BOARD).roles("ORGANISATION_BOARD")
    };
    for (Endpoint e : endpoints()) {
      Access access = access(e);
      if (access == null || access == Access.PUBLIC) {
        continue;
      }
      for (RequestPostProcessor who : scoped) {
        MvcResult r = call(e, who);
        int status = r.getResponse().getStatus();
        // a problem detail names the request path; that is no leak
        String body =
            r.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(e.path(), "");
        boolean mustRefuse =
            access == Access.UNSCOPED_READ
                || access == Access.REGISTRY_WRITE
                || access == Access.DECIDE
                || access == Access.ADMIN
                || access == Access.AUDIT;
        if (mustRefuse && status != 403) {
          leaks.add(e.key() + " -> " + status + " (must be refused to scoped users)");
        } else if (status != 403
            && status != 404
            && (body.contains(ScopeFixture.OTHER_NAME)
                || body.contains("\"" + ScopeFixture.OTHER + "\"")
                || body.contains(">" + ScopeFixture.OTHER + "<")
                || body.contains("/" + ScopeFixture.OTHER + "\""))) {
          leaks.add(e.key() + " -> " + status + " shows cadre " + ScopeFixture.OTHER);
        }
      }
    }
    assertThat(leaks).as("endpoints leaking across the unit scope").isEmpty();
  }
}
