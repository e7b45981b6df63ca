package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;

/**
 * The API in a browser uses the session, needs the CSRF token for a change and refuses other sites;
 * a script uses HTTP Basic without cookies; a browser is never asked for Basic credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiInTheBrowserTests {
  private static final String CADRE = "/api/v1/cadres/" + ScopeFixture.OWN;

  @LocalServerPort int port;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;

  @BeforeEach
  void twoWardsAndTheirUsers() {
    ScopeFixture.load(jdbc, store, accounts);
    throttle.forgetAll();
  }

  private SignedInBrowser boardOnAPage() {
    SignedInBrowser browser =
        new SignedInBrowser(port).loggedInAs(ScopeFixture.BOARD, ScopeFixture.PASSWORD);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    return browser;
  }

  private static String renamed(SignedInBrowser browser) {
    HttpResponse<String> read = browser.fetch("GET", CADRE, null);
    assertThat(read.statusCode()).as("the session reads the API").isEqualTo(200);
    return read.body().replace(ScopeFixture.OWN_NAME, "Tên đã đổi");
  }

  private String nameInTheRegistry() {
    return jdbc.sql("select full_name from cadre where code = ?")
        .param(ScopeFixture.OWN)
        .query(String.class)
        .single();
  }

  @Test
  void aCrossSiteChangeWithTheSessionCookieIsRefusedAndChangesNothing() {
    SignedInBrowser browser = boardOnAPage();
    String body = renamed(browser);
    String token = browser.cookie(CsrfTokens.COOKIE);

    HttpResponse<String> foreign =
        browser.fetch(
            "PUT", CADRE, body, CsrfTokens.HEADER, token, "Origin", "https://evil.example");
    HttpResponse<String> foreignReferer =
        browser.fetch(
            "PUT", CADRE, body, CsrfTokens.HEADER, token, "Referer", "https://evil.example/x");
    HttpResponse<String> withoutToken =
        browser.fetch("PUT", CADRE, body, "Origin", browser.origin());

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreignReferer.statusCode()).isEqualTo(403);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(nameInTheRegistry()).isEqualTo(ScopeFixture.OWN_NAME);
  }

  @Test
  void aPageOfThisSiteChangesARecordWithTheSessionAndItsTokenAsSwaggerUiDoes() {
    SignedInBrowser browser = boardOnAPage();

    HttpResponse<String> put =
        browser.fetch(
            "PUT",
            CADRE,
            renamed(browser),
            CsrfTokens.HEADER,
            browser.cookie(CsrfTokens.COOKIE),
            "Origin",
            browser.origin());

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(nameInTheRegistry()).isEqualTo("Tên đã đổi");
    assertThat(browser.get("/swagger-ui/swagger-initializer.js").body())
        .as("Swagger UI sends the token back")
        .contains(CsrfTokens.HEADER);
  }

  @Test
  void aScriptChangesARecordWithBasicAloneAndGetsNoCookie() {
    String body = renamed(boardOnAPage());

    HttpResponse<String> put =
        new SignedInBrowser(port).api("PUT", CADRE, ScopeFixture.BOARD, body);

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(nameInTheRegistry()).isEqualTo("Tên đã đổi");
  }

  @Test
  void aBrowserIsNeverAskedForBasicCredentialsButAScriptIs() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI api = URI.create("http://127.0.0.1:" + port + "/api/v1/cadres");

    HttpResponse<String> opened =
        client.send(
            HttpRequest.newBuilder(api)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Sec-Fetch-Mode", "navigate")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> fetched =
        client.send(
            HttpRequest.newBuilder(api).header("Sec-Fetch-Mode", "cors").build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> scripted =
        client.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(opened.statusCode()).isEqualTo(401);
    assertThat(opened.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(fetched.statusCode()).isEqualTo(401);
    assertThat(fetched.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(scripted.statusCode()).isEqualTo(401);
    assertThat(scripted.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }
}
