package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;

/** Against a real server: login form, session cookie, throttling, error pages, headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginHardeningTests {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "mat-khau-dai-1";

  @LocalServerPort int port;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;

  private HttpClient browser;

  @BeforeEach
  void twoWardsAndAFreshBrowser() {
    ScopeFixture.load(jdbc, store, accounts);
    throttle.forgetAll();
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/html")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("/login");
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
    return post(
        "/login",
        "username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&_csrf="
            + enc(csrf.group(1)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> page = get("/login");
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("LUANCHUYEN_SESSION=").contains("HttpOnly", "SameSite=Lax");
  }

  @Test
  void pagesCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/login");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
  }

  @Test
  void aForbiddenPageAndAMissingPageAnswerInVietnameseWithoutAStackTrace() throws Exception {
    assertThat(login(ScopeFixture.SCOPED_VIEWER, PASSWORD).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    HttpResponse<String> forbidden = get("/workbook");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("Bạn không có quyền").doesNotContain("Exception");
    HttpResponse<String> missing = get("/cadres/KHONG-CO");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không có cán bộ mã KHONG-CO").doesNotContain("Exception");
    assertThat(get("/trang-chua-co").statusCode())
        .as("a scoped user meets a closed door, not a map of the site")
        .isEqualTo(403);
  }

  @Test
  void fiveWrongPasswordsLockTheUserEvenWithTheRightPassword() throws Exception {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(login(ScopeFixture.BOARD, "sai-mat-khau").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    HttpResponse<String> refused = login(ScopeFixture.BOARD, PASSWORD);
    assertThat(refused.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(get("/login?locked").body()).contains("tạm khóa 15 phút");
  }

  @Test
  void theApiRefusesALockedUserToo() throws Exception {
    String wrong =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((ScopeFixture.VIEWER + ":sai").getBytes(StandardCharsets.UTF_8));
    String right =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (ScopeFixture.VIEWER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/cadres");
    HttpClient api = HttpClient.newHttpClient();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(
              api.send(
                      HttpRequest.newBuilder(uri).header("Authorization", wrong).build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode())
          .isEqualTo(401);
    }
    assertThat(
            api.send(
                    HttpRequest.newBuilder(uri).header("Authorization", right).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aUserWhoMustChangeTheirPasswordIsSentToThePasswordPageFirst() throws Exception {
    accounts.resetPassword(ScopeFixture.BOARD, "tam-thoi-123");
    login(ScopeFixture.BOARD, "tam-thoi-123");
    HttpResponse<String> cadres = get("/cadres");
    assertThat(cadres.statusCode()).isEqualTo(302);
    assertThat(cadres.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    HttpResponse<String> form = get("/account/password");
    assertThat(form.body()).contains("Bạn cần đổi mật khẩu");
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> tooShort =
        post(
            "/account/password",
            "current=tam-thoi-123&password=ngan&confirm=ngan&_csrf=" + enc(csrf.group(1)));
    assertThat(tooShort.body()).contains("Mật khẩu cần ít nhất 10 ký tự (đang có 4)");
    HttpResponse<String> changed =
        post(
            "/account/password",
            "current=tam-thoi-123&password=Hoa-sen-no-456&confirm=Hoa-sen-no-456&_csrf="
                + enc(csrf.group(1)));
    assertThat(changed.body()).contains("Đã đổi mật khẩu");
    assertThat(get("/cadres").statusCode()).isEqualTo(200);
    assertThat(accounts.find(ScopeFixture.BOARD).orElseThrow().mustChangePassword()).isFalse();
  }
}
