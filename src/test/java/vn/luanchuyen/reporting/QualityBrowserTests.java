package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A Standing Committee member opens the quality dashboard, sees the charts drawn, narrows it to a
 * ward and opens the cadres behind a number, in Chromium.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QualityBrowserTests {

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired RegistryStore store;
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
  void registry() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1969, 4))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1987, 9, 2)))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            .build());
  }

  @Test
  void aMemberReadsTheDashboardNarrowsItToAWardAndOpensTheCadresBehindANumber() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login");
    Browser.submitLogin(browser, "thuongvu", DemoUsers.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.findElement(By.linkText("Chất lượng")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quality-total")));
    WebElement asOf = browser.findElement(By.id("asOf"));
    asOf.clear();
    asOf.sendKeys("30/06/2022", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("quality-total"), "Tổng số 2 cán bộ đang giữ chức vụ tại ngày 30/06/2022"));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "var c = document.querySelectorAll('canvas.quality-chart');"
                        + " return c.length > 0 && Array.prototype.every.call(c,"
                        + " function (x) { return window.Chart && window.Chart.getChart(x); });")));
    assertThat(browser.findElements(By.cssSelector("canvas.quality-chart")))
        .hasSize(QualityDimension.values().length);
    Browser.screenshot(browser, "quality-dashboard");

    new Select(browser.findElement(By.id("unit"))).selectByVisibleText("UBND phường Yên Nghĩa");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("quality-total"), "Tổng số 1 cán bộ"));

    WebElement women =
        browser.findElement(By.cssSelector("#dimension-sex a.drill-down[href*='bucket=FEMALE']"));
    assertThat(women.getText()).isEqualTo("1");
    women.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-rows")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#cadre-rows tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("Trần Thị Hoa").contains("UBND phường Yên Nghĩa");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Giới tính: Nữ");
    Browser.screenshot(browser, "quality-drill-down");
  }
}
