package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;

/**
 * Against a real server: an account change made by an administrator, or a new password, ends the
 * user's open sessions at their next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndTests {
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

  private SignedInBrowser board() {
    SignedInBrowser browser =
        new SignedInBrowser(port).loggedInAs(ScopeFixture.BOARD, ScopeFixture.PASSWORD);
    assertThat(browser.get("/plans").statusCode()).isEqualTo(200);
    return browser;
  }

  private void adminPuts(String json) {
    long version = accounts.find(ScopeFixture.BOARD).orElseThrow().version();
    HttpResponse<String> put =
        new SignedInBrowser(port)
            .api(
                "PUT",
                "/api/v1/users/" + ScopeFixture.BOARD,
                ScopeFixture.ADMIN,
                json.replace("VERSION", Long.toString(version)));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
  }

  private static void assertEnded(SignedInBrowser browser, String path) {
    HttpResponse<String> after = browser.get(path);
    assertThat(after.statusCode()).as(path).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
  }

  @Test
  void disablingAUserEndsTheirOpenSessionAtOnce() {
    SignedInBrowser browser = board();

    adminPuts(
        "{\"username\":\"bantochuc\",\"displayName\":\"bantochuc\","
            + "\"roles\":[\"ORGANISATION_BOARD\"],\"unitScope\":[],\"enabled\":false,"
            + "\"version\":VERSION}");

    assertEnded(browser, "/workbook/export.xlsx");
    assertThat(browser.get("/plans").headers().firstValue("Location").orElseThrow())
        .as("the session is gone, not only refused once")
        .endsWith("/login");
    assertThat(browser.get("/login?ended").body()).contains("Phiên làm việc đã kết thúc");
  }

  @Test
  void demotingAUserEndsTheirOpenSessionSoTheyCannotUseTheOldRoles() {
    SignedInBrowser browser = board();

    adminPuts(
        "{\"username\":\"bantochuc\",\"displayName\":\"bantochuc\","
            + "\"roles\":[\"UNIT_VIEWER\"],\"unitScope\":[],\"enabled\":true,"
            + "\"version\":VERSION}");

    assertEnded(browser, "/plans");
    browser.loggedInAs(ScopeFixture.BOARD, ScopeFixture.PASSWORD);
    assertThat(browser.post("/plans", "name=x").statusCode())
        .as("a new login carries only the new role: no planning")
        .isEqualTo(403);
  }

  @Test
  void limitingAUserToAUnitEndsTheirOpenSession() {
    SignedInBrowser browser = board();

    adminPuts(
        "{\"username\":\"bantochuc\",\"displayName\":\"bantochuc\","
            + "\"roles\":[\"ORGANISATION_BOARD\"],\"unitScope\":[\"VP\"],\"enabled\":true,"
            + "\"version\":VERSION}");

    assertEnded(browser, "/cadres");
  }

  @Test
  void renamingAUserLeavesTheirSessionAlone() {
    SignedInBrowser browser = board();

    adminPuts(
        "{\"username\":\"bantochuc\",\"displayName\":\"Ban Tổ chức\","
            + "\"roles\":[\"ORGANISATION_BOARD\"],\"unitScope\":[],\"enabled\":true,"
            + "\"version\":VERSION}");

    assertThat(browser.get("/plans").statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordResetByAnAdministratorEndsTheUsersSessions() {
    SignedInBrowser browser = board();

    HttpResponse<String> reset =
        new SignedInBrowser(port)
            .api(
                "POST",
                "/api/v1/users/" + ScopeFixture.BOARD + "/password",
                ScopeFixture.ADMIN,
                "{\"password\":\"tam-thoi-Khac-9\"}");
    assertThat(reset.statusCode()).isEqualTo(204);

    assertEnded(browser, "/plans");
  }

  @Test
  void changingOnesOwnPasswordEndsEveryOtherSessionButKeepsThisOne() {
    SignedInBrowser office = board();
    SignedInBrowser home = board();

    HttpResponse<String> changed =
        home.post(
            "/account/password",
            "current="
                + ScopeFixture.PASSWORD
                + "&password=Hoa-sen-no-2026&confirm=Hoa-sen-no-2026");
    assertThat(changed.body()).contains("Đã đổi mật khẩu");

    assertThat(home.get("/plans").statusCode()).isEqualTo(200);
    assertEnded(office, "/plans");
  }
}
