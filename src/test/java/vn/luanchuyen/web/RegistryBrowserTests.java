package vn.luanchuyen.web;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/** A clerk logs in, browses the unit tree, finds a cadre and opens the profile, in Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryBrowserTests {

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
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            .unit("HD", "Quận ủy Hà Đông", "QUAN", "CAP_UY", Block.DANG)
            .build());
    jdbc.sql("update org_unit set parent_code = 'HD' where code = 'YN'").update();
  }

  @Test
  void aClerkLogsInFindsACadreAndOpensTheProfile() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/cadres");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    Browser.screenshot(browser, "login");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(ExpectedConditions.urlContains("/cadres"));
    assertThat(browser.findElement(By.id("results")).getText()).contains("Tìm thấy 2 cán bộ");

    browser.findElement(By.id("q")).sendKeys("tran thi");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Tìm thấy 1 cán bộ"));
    Browser.screenshot(browser, "cadres");
    browser.findElement(By.linkText("Trần Thị Hoa")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Trần Thị Hoa");
    assertThat(browser.findElement(By.id("history")).getText()).contains("01/05/2019");
    Browser.screenshot(browser, "profile");

    browser.get("http://localhost:" + port + "/units");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Quận ủy Hà Đông")
        .doesNotContain("UBND phường Yên Nghĩa");
    browser.findElement(By.cssSelector(".unit-tree details summary")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".unit-tree"), "UBND phường Yên Nghĩa"));
    Browser.screenshot(browser, "units");
  }
}
