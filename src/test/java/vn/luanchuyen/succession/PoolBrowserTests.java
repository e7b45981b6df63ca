package vn.luanchuyen.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A clerk of the Organisation Board plans a young cadre for the 2025–2030 term and is told in
 * Vietnamese why a cadre close to retirement cannot be planned, in Chromium.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolBrowserTests {

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
  void twoWards() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .seat("YN-BT", "YN", "Bí thư Đảng ủy phường Yên Nghĩa", PositionRank.HEAD, "BI_THU")
            .cadre("OLD", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1966, 3))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("YOUNG", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1988, 6, 2)))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            .build());
  }

  @Test
  void aClerkPlansAYoungCadreAndIsToldWhyAnOlderOneCannotBePlanned() {
    WebDriverWait wait = aClerkLoggedIn();

    browser.findElement(By.linkText("Quy hoạch")).click();
    browser.findElement(By.linkText("2025–2030")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Quy hoạch cán bộ nhiệm kỳ 2025–2030"));

    plan("YOUNG", "UBND phường Vạn Phúc");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-added")));
    assertThat(browser.findElement(By.id("pool-rows")).getText()).contains("Trần Thị Hoa");
    assertThat(browser.findElement(By.id("women-met")).getText()).isEqualTo("Đạt");

    plan("OLD", "UBND phường Yên Nghĩa");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-refused")));
    assertThat(browser.findElement(By.id("pool-refused")).getText())
        .contains("Không bổ sung được cán bộ OLD vào quy hoạch")
        .contains("chỉ còn 35 tháng công tác, cần ít nhất 60 tháng");
    assertThat(browser.findElement(By.id("holder-retires")).getText()).contains("Nguyễn Văn Đức");
    Browser.screenshot(browser, "succession-pool");
  }

  @Test
  void aCadreCodeOrARoleTheRegistryDoesNotHaveIsNamedInTheBoardsWords() {
    WebDriverWait wait = aClerkLoggedIn();
    browser.get("http://localhost:" + port + "/succession?term=2025-2030");

    plan("KHONGCO", "CHU_TICH_UBND", "UBND phường Vạn Phúc");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-refused")));
    assertThat(browser.findElement(By.id("pool-refused")).getText())
        .contains("Không có cán bộ mã KHONGCO.")
        .doesNotContain("Hệ thống gặp lỗi");

    plan("YOUNG", "BI_THU", "UBND phường Vạn Phúc");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-refused")));
    assertThat(browser.findElement(By.id("pool-refused")).getText())
        .contains("UBND phường Vạn Phúc không có chức danh Bí thư.")
        .doesNotContain("BI_THU");
    assertThat(new Select(browser.findElement(By.id("role"))).getOptions())
        .extracting(WebElement::getText)
        .contains("Bí thư", "Chủ tịch Ủy ban nhân dân");
  }

  private WebDriverWait aClerkLoggedIn() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/login");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    return wait;
  }

  private static void plan(String cadre, String unit) {
    plan(cadre, "CHU_TICH_UBND", unit);
  }

  private static void plan(String cadre, String role, String unit) {
    browser.findElement(By.id("cadre")).sendKeys(cadre);
    new Select(browser.findElement(By.id("role"))).selectByValue(role);
    new Select(browser.findElement(By.id("unit"))).selectByVisibleText(unit);
    browser.findElement(By.id("add-submit")).click();
  }
}
