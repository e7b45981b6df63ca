package vn.luanchuyen.planning.web;

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
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A clerk asks for a plan of the demo district, watches the live score until it is done, reads the
 * moves and their reasons, locks a move and solves again, and saves the plan, in Chromium.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBoardBrowserTests {

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
  void demoDistrict() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(DemoDistrict.generate(7));
  }

  @Test
  void aClerkDrawsUpAPlanLocksAMoveSolvesAgainAndSavesIt() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/plans");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));

    browser.findElement(By.id("seconds")).clear();
    browser.findElement(By.id("seconds")).sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
    Browser.screenshot(browser, "plan-solving");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã xong");
    assertThat(browser.findElement(By.id("moves")).getText()).contains("Phải luân chuyển");
    Browser.screenshot(browser, "plan-board");

    // below the fold since the board counts the moves per form: pressed, as the journey does
    Browser.press(browser, By.cssSelector("button.lock"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    assertThat(browser.findElement(By.id("moves")).getText()).contains("Đã giữ");

    browser.findElement(By.id("name")).sendKeys("Phương án thử");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
    assertThat(browser.findElement(By.id("versions")).getText()).contains("Phương án thử (1)");
  }

  @Test
  void aClerkKeepsOneCadreInPlaceAndAssignsAnotherByHand() {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/plans");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
    browser.findElement(By.id("seconds")).clear();
    browser.findElement(By.id("seconds")).sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));

    // keep the first cadre in place: the plan is solved again with that cadre staying
    String kept = browser.findElement(By.cssSelector("#moves tbody tr td")).getText();
    Browser.press(browser, By.cssSelector("button.keep"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    assertThat(browser.findElement(By.id("moves")).getText()).contains("Giữ nguyên");
    assertThat(
            browser.findElements(By.cssSelector("#moves tbody tr")).stream()
                .filter(r -> r.getText().startsWith(kept))
                .findFirst()
                .orElseThrow()
                .getText())
        .contains("Giữ nguyên")
        .contains("ở lại");

    // assign another cadre by hand: the page lists the seats with the form each move would take
    Browser.press(browser, By.cssSelector("a.assign"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("options")));
    assertThat(browser.findElement(By.id("gain")).getText()).contains("mang lại gì");
    assertThat(browser.findElement(By.id("options")).getText())
        .containsAnyOf("Luân chuyển", "Điều động", "Chuyển đổi vị trí công tác");
    Browser.screenshot(browser, "plan-assign");
    String seat = browser.findElement(By.cssSelector("#options tbody tr.option td")).getText();
    Browser.press(browser, By.cssSelector("button.choose"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    assertThat(browser.findElement(By.id("moves")).getText()).contains("Đã giữ").contains(seat);
    Browser.screenshot(browser, "plan-assigned");
  }
}
