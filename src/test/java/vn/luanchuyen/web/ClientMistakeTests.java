package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.RegistryBuilder;

/**
 * A client's mistake gets a 4xx with a Vietnamese page or problem detail, and no stack trace, on
 * the page or in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientMistakeTests {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryStore store;

  private HttpClient browser;

  @BeforeEach
  void aClerkLoggedIn() throws Exception {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        RegistryBuilder.aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Matcher csrf = CSRF.matcher(get("/login").body());
    assertThat(csrf.find()).isTrue();
    browser.send(
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=bantochuc&password="
                        + DemoUsers.PASSWORD
                        + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void noStackTrace(String text) {
    assertThat(text).doesNotContain("\tat ", "at org.", "at vn.luanchuyen", "Exception:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/login?lang=../..", "/cadres?lang=../..", "/cadres?lang=%00"})
  void aLanguageThatIsNoLanguageIsIgnored(String path, CapturedOutput log) throws Exception {
    HttpResponse<String> page = get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Luân Chuyển");
    noStackTrace(log.getAll());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/approval/99999",
        "/approval/99999/attachments/999",
        "/approval/99999/documents/foo.pdf",
        "/succession?term=abc",
        "/reports/quality/cadres?dimension=zzz"
      })
  void aPageAskedForSomethingThatIsNotThereAnswers4xxInVietnamese(String path, CapturedOutput log)
      throws Exception {
    HttpResponse<String> page = get(path);

    assertThat(page.statusCode()).as(path).isBetween(400, 499);
    assertThat(page.body()).contains("Luân Chuyển");
    noStackTrace(page.body());
    noStackTrace(log.getAll());
  }

  @Test
  void aNameOfAHundredThousandCharactersIsRefusedWithAProblemDetail(CapturedOutput log)
      throws Exception {
    String basic = basicCredentials();
    HttpResponse<String> read =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/api/v1/cadres/CB1"))
                    .header("Authorization", "Basic " + basic)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String body = read.body().replace("\"Nguyễn Văn Đức\"", "\"" + "Đ".repeat(100_000) + "\"");

    HttpResponse<String> put =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/api/v1/cadres/CB1"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(put.statusCode()).isBetween(400, 499);
    assertThat(put.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    noStackTrace(put.body());
    noStackTrace(log.getAll());
  }

  @Test
  void anApiParameterThatIsNoDayIsNamedInTheReadersLanguage() throws Exception {
    HttpResponse<String> vietnamese = api("/api/v1/screening?asOf=abc");
    HttpResponse<String> english = api("/api/v1/screening?asOf=abc&lang=en");

    assertThat(vietnamese.statusCode()).isEqualTo(400);
    assertThat(vietnamese.body())
        .contains("urn:luanchuyen:problem:bad-request")
        .contains("Yêu cầu không hợp lệ")
        .contains("Tham số asOf không hợp lệ: \\\"abc\\\".");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body())
        .contains("urn:luanchuyen:problem:bad-request")
        .contains("Invalid request")
        .contains("Parameter asOf is not valid");
    noStackTrace(english.body());
  }

  private HttpResponse<String> api(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + basicCredentials())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/screening?asOf=31/02/2022",
        "/screening?asOf=abc",
        "/units?asOf=31/02/2022",
        "/units/VP?asOf=abc",
        "/reports/quality?asOf=31/02/2022",
        "/reports/progress?asOf=abc",
        "/cadres/CB1?asOf=32/01/2022"
      })
  void aDayThatIsNoDayIsAnsweredOnThePageWithItsForm(String path, CapturedOutput log)
      throws Exception {
    HttpResponse<String> page = get(path);

    assertThat(page.statusCode()).as(path).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
    assertThat(page.body())
        .contains("Ngày không hợp lệ, nhập theo dạng dd/MM/yyyy")
        .contains("id=\"main\"")
        .doesNotContain("Failed to convert", "Có lỗi xảy ra");
    noStackTrace(log.getAll());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/reports/quality.xlsx?asOf=abc", "/screening/export.xlsx?asOf=31/02/2022"})
  void aDownloadForADayThatIsNoDayIsRefusedNeverMadeForAnotherDay(String path) throws Exception {
    HttpResponse<String> answer = get(path);

    assertThat(answer.statusCode()).as(path).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
  }

  @Test
  void aPlanAskedForADayThatIsNoDayShowsThePlanFormAgain() throws Exception {
    HttpResponse<String> page =
        post("/plans", "policy=hadong-2022&asOf=31%2F02%2F2022&units=&seconds=1");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("Ngày không hợp lệ, nhập theo dạng dd/MM/yyyy")
        .contains("id=\"plan-form\"");
  }

  @Test
  void anUnknownAddressAnswersTheNotFoundPageInTheLayout() throws Exception {
    HttpResponse<String> page = get("/khong-co-trang-nay");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
    assertThat(page.body())
        .contains("<h1 class=\"h3\">Không tìm thấy</h1>")
        .contains("/khong-co-trang-nay")
        .contains("Luân Chuyển");
  }

  @Test
  void anUnknownApiAddressKeepsItsProblemDetail() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/api/v1/khong-co"))
                    .header("Authorization", "Basic " + basicCredentials())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    assertThat(answer.body()).contains("Không tìm thấy");
  }

  @Test
  void aPageTheUserMayNotOpenIsHeadedNoPermission() throws Exception {
    HttpResponse<String> page = get("/admin/users");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body())
        .contains("<h1 class=\"h3\">Không có quyền truy cập</h1>")
        .doesNotContain("Có lỗi xảy ra");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/cadres", "/units", "/audit", "/khong-co-trang-nay", "/admin/users"})
  void everyPageDeclaresItIsInVietnamese(String path) throws Exception {
    assertThat(get(path).body()).as(path).containsPattern("<html[^>]* lang=\"vi\"");
  }

  @Test
  void theLoginPageDeclaresItsLanguageAndEnglishWhenAskedFor() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(login.body()).containsPattern("<html[^>]* lang=\"vi\"");
    assertThat(get("/cadres?lang=en").body()).containsPattern("<html[^>]* lang=\"en\"");
  }

  private static String basicCredentials() {
    return Base64.getEncoder()
        .encodeToString(("bantochuc:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    Matcher csrf = CSRF.matcher(get("/plans").body());
    assertThat(csrf.find()).isTrue();
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
