package vn.luanchuyen.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A clerk of the Organisation Board carries a case through the four steps; two clerks enter the
 * tally; the case is approved, in Chromium.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalBrowserTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired JdbcClient jdbc;

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
  void users() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
  }

  void login(String user) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login");
    Browser.submitLogin(browser, user, DemoUsers.PASSWORD);
  }

  void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /**
   * Presses a button with the keyboard, which scrolls it into view first, and waits for the next
   * page.
   */
  void press(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(button).sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
  }

  String status() {
    return browser.findElement(By.id("case-status")).getText();
  }

  void tally(String agree) {
    type("candidate", "CB001");
    type("members", "15");
    type("present", "14");
    type("agree", agree);
    type("disagree", "2");
    type("abstain", "1");
    type("invalid", "0");
    press(By.id("tally-submit"));
  }

  @Test
  void aCaseIsCarriedThroughTheFourStepsToAnApprovalWithADoubleEnteredTally() {
    login("bantochuc");
    browser.get("http://localhost:" + port + "/approval");
    type("subjectId", "42");
    type("title", "Phương án luân chuyển 2022 – bản 3");
    press(By.cssSelector("#open-case button"));
    assertThat(status()).isEqualTo("Đang xử lý");

    type("comment", "Thống nhất chủ trương");
    press(By.id("complete"));
    type("comment", "Đã trao đổi");
    type("unitsConsulted", "Phường Vạn Phúc");
    press(By.id("complete"));
    press(By.id("complete"));
    assertThat(browser.findElement(By.id("approval-refused")).getText())
        .contains("thiếu ý kiến, các đơn vị đã trao đổi, văn bản thẩm định");
    type("comment", "Đủ tiêu chuẩn");
    type("unitsConsulted", "Phường Vạn Phúc; Phòng Nội vụ");
    type("appraisal", "Thẩm định đạt");
    type("cadreMeeting", "Đã gặp cán bộ ngày 01/07/2022");
    type("cadreWishes", "Xin về phường gần nơi ở");
    press(By.id("complete"));
    assertThat(browser.findElement(By.id("step-form")).getText()).doesNotContain("Hoàn thành");

    tally("11");
    assertThat(browser.findElement(By.id("tallies")).getText()).contains("Chờ người nhập thứ hai");
    String casePage = browser.getCurrentUrl();

    login("admin");
    browser.get(casePage);
    tally("10");
    assertThat(browser.findElement(By.id("approval-refused")).getText())
        .contains("10 + 2 + 1 + 0 = 13");
    tally("11");
    assertThat(browser.findElement(By.id("tallies")).getText())
        .contains("Đã xác nhận")
        .contains("Đạt");
    type("comment", "Ban Thường vụ biểu quyết thông qua");
    press(By.id("approve"));

    assertThat(status()).isEqualTo("Đã thông qua");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Xin về phường gần nơi ở")
        .contains("Quyết định: thông qua");
    Browser.screenshot(browser, "approval-case-approved");
  }
}
