package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/** A clerk screens the demo district as of 30/06/2022 and follows a verdict to the cadre. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningBrowserTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired RegistryImport registryImport;
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
  void demoDistrict() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    assertThat(registryImport.importContent(DemoDistrict.generate(2022)).imported()).isTrue();
  }

  @Test
  void theScreeningPageListsWhoMustMoveWithReasonsAndTheTargets() {
    String base = "http://localhost:" + port;
    browser.manage().deleteAllCookies();
    browser.get(base + "/login");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-count")));

    browser.get(base + "/screening");
    browser.findElement(By.id("asOf")).clear();
    browser.findElement(By.id("asOf")).sendKeys("30/06/2022");
    browser.findElement(By.id("screening-run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-non-local-ward-leaders")));

    String heads = browser.findElement(By.id("screening-list")).getText();
    assertThat(heads).contains("Giữ chức vụ cấp trưởng").contains("từ 8 năm trở lên");
    assertThat(browser.findElement(By.id("target-non-local-ward-leaders")).getText())
        .contains("13 trên 34")
        .contains("Chưa đạt");
    Browser.screenshot(browser, "screening-heads");

    browser.findElement(By.id("tab-DEPUTIES_MUST_MOVE")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("screening-list"), "từ 5 năm trở lên"));
    browser.findElement(By.id("tab-DATA")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("screening-list"), "thiếu ngày sinh"));
    Browser.screenshot(browser, "screening-data");

    browser.findElement(By.id("tab-HEADS_MUST_MOVE")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("screening-list"), "từ 8 năm trở lên"));
    browser.findElement(By.cssSelector("#screening-list tbody tr td a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdicts")));
    assertThat(browser.findElement(By.id("verdicts")).getText()).contains("Phải luân chuyển");
    assertThat(browser.findElement(By.id("retirement-month")).getText()).matches("\\d{2}/\\d{4}");
    Browser.screenshot(browser, "screening-profile");
  }
}
