package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.SavedPlans;

/**
 * In Chromium: a clerk of the Organisation Board submits a saved plan from its page and carries the
 * case through the founding four steps; she and a Standing Committee member enter the secret-ballot
 * tally; the member records the decision; the registry then shows the cadre in the new seat from
 * the effective day, and the plan as decided.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanDecisionBrowserTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryImport importer;
  @Autowired JdbcClient jdbc;

  long plan;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(Browser.installed(), "chromium and chromedriver are not installed");
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void registryUsersAndPlan() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    assertThat(importer.importContent(SmallDistrict.standard().content()).problems()).isEmpty();
    plan =
        SavedPlans.draft(jdbc, "Đợt 1", "hadong-2022", SmallDistrict.AS_OF, "C1", "P1-TP", "W1-CT");
  }

  void login(String user) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login");
    Browser.submitLogin(browser, user, DemoUsers.PASSWORD);
  }

  void type(String id, String text) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /**
   * Presses a button with the keyboard (which scrolls it into view) and waits for the next page.
   */
  void press(By button) {
    Browser.press(browser, button);
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  void tally(String agree) {
    type("candidate", "C1");
    type("members", "15");
    type("present", "14");
    type("agree", agree);
    type("disagree", "2");
    type("abstain", "1");
    type("invalid", "0");
    press(By.id("tally-submit"));
  }

  @Test
  void aSubmittedPlanIsCarriedFromTheFirstStepToADecisionThatMovesTheCadre() throws Exception {
    login("bantochuc");
    browser.get("http://localhost:" + port + "/plans/versions/" + plan);
    assertThat(text("version-moves"))
        .contains("Nguyễn Văn An")
        .contains("Trưởng phòng Nội vụ")
        .contains("Chủ tịch UBND phường Vạn Phúc");
    assertThat(text("stale-none")).contains("vẫn khớp");
    assertThat(text("version-status")).isEqualTo("Bản nháp");
    Browser.screenshot(browser, "plan-version-draft");
    press(By.cssSelector("#submit-plan button"));

    assertThat(text("case-status")).isEqualTo("Đang xử lý");
    assertThat(text("case-subject")).isEqualTo("Phương án Đợt 1 (bản 1)");
    type("comment", "Thống nhất chủ trương");
    press(By.id("complete"));
    type("comment", "Đã trao đổi");
    type("unitsConsulted", "Phòng Nội vụ; UBND phường Vạn Phúc");
    press(By.id("complete"));
    press(By.id("complete"));
    assertThat(text("approval-refused"))
        .contains("thiếu ý kiến, các đơn vị đã trao đổi, văn bản thẩm định");
    Path appraisal = Files.createTempFile("tham-dinh", ".txt");
    Files.writeString(appraisal, "Văn bản thẩm định cán bộ Nguyễn Văn An");
    browser.findElement(By.id("file")).sendKeys(appraisal.toAbsolutePath().toString());
    press(By.id("attach-submit"));
    assertThat(text("attachments")).contains(appraisal.getFileName().toString());
    type("comment", "Đủ tiêu chuẩn");
    type("unitsConsulted", "Phòng Nội vụ; UBND phường Vạn Phúc");
    type("appraisal", "Thẩm định đạt");
    press(By.id("complete"));
    assertThat(text("approval-refused"))
        .contains("Chưa ghi cuộc gặp với 1/1 cán bộ trong hồ sơ: Nguyễn Văn An (C1)");
    assertThat(text("cadre-meeting-C1")).contains("Chưa gặp");
    type("metOn-0", "01/07/2022");
    type("content-0", "Trao đổi về nhiệm vụ Chủ tịch UBND phường Vạn Phúc");
    type("wishes-0", "Xin về phường gần nơi ở");
    press(By.id("cadre-meeting-submit-0"));
    assertThat(text("cadre-meeting-C1"))
        .contains("01/07/2022")
        .contains("Trao đổi về nhiệm vụ Chủ tịch UBND phường Vạn Phúc")
        .contains("Xin về phường gần nơi ở");
    type("comment", "Đủ tiêu chuẩn");
    type("unitsConsulted", "Phòng Nội vụ; UBND phường Vạn Phúc");
    type("appraisal", "Thẩm định đạt");
    press(By.id("complete"));
    assertThat(browser.findElements(By.id("complete"))).isEmpty();
    assertThat(text("unvoted")).contains("Còn 1/1 cán bộ").contains("Nguyễn Văn An (C1)");

    tally("11");
    assertThat(text("tallies")).contains("Chờ người nhập thứ hai");
    String casePage = browser.getCurrentUrl();

    login("thuongvu");
    browser.get(casePage);
    tally("10");
    assertThat(text("approval-refused")).contains("10 + 2 + 1 + 0 = 13");
    tally("11");
    assertThat(text("tallies")).contains("Đã xác nhận").contains("Đạt");
    assertThat(browser.findElements(By.id("unvoted"))).isEmpty();
    type("comment", "Ban Thường vụ biểu quyết thông qua");
    press(By.id("approve"));
    assertThat(text("approval-refused")).contains("số quyết định");
    type("comment", "Ban Thường vụ biểu quyết thông qua");
    type("decisionNumber", "125-QĐ/QU");
    type("signedOn", "20/08/2022");
    type("effectiveOn", "01/09/2022");
    press(By.id("approve"));

    assertThat(text("case-status")).isEqualTo("Đã thông qua");
    assertThat(text("decision"))
        .contains("125-QĐ/QU")
        .contains("20/08/2022")
        .contains("01/09/2022");
    assertThat(text("timeline")).contains("Quyết định: thông qua");
    assertThat(text("cadre-meeting-C1")).contains("Xin về phường gần nơi ở");
    Browser.screenshot(browser, "plan-case-decided");

    browser.get("http://localhost:" + port + "/cadres/C1");
    String profile = browser.findElement(By.tagName("main")).getText();
    assertThat(profile)
        .contains("Chủ tịch UBND phường Vạn Phúc")
        .contains("01/09/2022")
        .contains("31/08/2022")
        .contains("125-QĐ/QU");
    Browser.screenshot(browser, "plan-cadre-moved");
    browser.get("http://localhost:" + port + "/plans/versions/" + plan);
    assertThat(text("version-status")).isEqualTo("Đã có quyết định");
  }
}
