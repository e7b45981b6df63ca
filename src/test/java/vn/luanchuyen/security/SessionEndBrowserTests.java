package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
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
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.testing.Browser;

/** In Chromium: a clerk's open session ends the moment an administrator takes their role away. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndBrowserTests {
  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;

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
  void twoWardsAndTheirUsers() {
    ScopeFixture.load(jdbc, store, accounts);
    throttle.forgetAll();
  }

  @Test
  void aDemotedClerksNextClickLandsOnTheLoginPageSayingWhy() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/plans");
    Browser.submitLogin(browser, ScopeFixture.BOARD, ScopeFixture.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.urlContains("/plans"));

    AppUser clerk = accounts.find(ScopeFixture.BOARD).orElseThrow();
    accounts.update(
        new AppUser(
            clerk.username(),
            clerk.displayName(),
            Set.of(Role.UNIT_VIEWER),
            clerk.unitScope(),
            false,
            true,
            clerk.version()));

    browser.get("http://localhost:" + port + "/workbook/export.xlsx");
    wait.until(ExpectedConditions.urlContains("/login?ended"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Phiên làm việc đã kết thúc");
    Browser.screenshot(browser, "session-ended");
  }
}
