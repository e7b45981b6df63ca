package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
import vn.luanchuyen.demo.DemoProvince;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.SearchText;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * Issue 14's journey on the province demo (12 communes, as {@code demo --kind province --communes
 * 12} loads it), in Chromium: a Board officer logs in, screens as of 01/01/2026 under the province
 * policy of 2025 and sees the non-local targets, plans the moves of one commune, saves the plan,
 * opens the progress page and finds the commune in the unit tree typed without diacritics. Every
 * page names things instead of showing codes, fits a 390 px phone and has no serious or critical
 * axe violation at 1440 and 390 px. Screenshots under {@code target/journey/province-*}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvinceJourneyBrowserTests {

  static final Path OUT = PhoneJourneyBrowserTests.OUT;
  static final String POLICY = "province-2025";
  static final String AS_OF = "01/01/2026";
  static final int COMMUNES = 12;

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  WebDriverWait wait;

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
  void theProvinceDemo() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(DemoProvince.generate(2025, COMMUNES));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @Test
  void anOfficerScreensPlansACommuneAndFollowsProgressOnTheProvinceDemo() {
    String axe = Browser.axeScript();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Browser.resize(browser, PhoneJourneyBrowserTests.DESKTOP);
    logIn("bantochuc");

    open("/screening?policy=" + POLICY + "&asOf=" + AS_OF);
    assertThat(browser.findElements(By.id("target-non-local-commune-leaders")))
        .as("the commune leaders' non-local target")
        .hasSize(1);
    assertThat(browser.findElements(By.id("target-non-local-provincial-leaders")))
        .as("the provincial leaders' non-local target")
        .hasSize(1);
    check("province-01-screening", axe, problems);

    open("/policies/" + POLICY);
    check("province-02-policy", axe, problems);

    open("/plans");
    check("province-03-plans", axe, problems);
    Browser.resize(browser, PhoneJourneyBrowserTests.DESKTOP);
    new Select(browser.findElement(By.id("policy"))).selectByValue(POLICY);
    WebElement day = browser.findElement(By.id("asOf"));
    day.clear();
    day.sendKeys(AS_OF);
    String commune = pickOneCommune();
    assertThat(commune).as("a commune picked in the unit tree").isNotBlank();
    WebElement seconds = browser.findElement(By.id("seconds"));
    seconds.clear();
    seconds.sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    Browser.waitForPage(browser);
    check("province-04-plan-board", axe, problems);

    browser.findElement(By.id("name")).sendKeys("Phương án " + commune);
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
    String version = browser.findElement(By.cssSelector("#versions tbody tr td")).getText();
    open("/plans/versions/" + version);
    check("province-05-plan-version", axe, problems);

    open("/reports/progress");
    check("province-06-progress", axe, problems);

    // the unit tree finds the commune typed without diacritics, under the units above it
    open("/units");
    WebElement search = browser.findElement(By.id("q"));
    search.sendKeys(SearchText.fold(commune), Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-matches")));
    assertThat(browser.findElements(By.cssSelector("#unit-matches .unit-match")))
        .extracting(WebElement::getText)
        .isNotEmpty()
        .allMatch(name -> name.contains(commune));
    check("province-07-unit-search", axe, problems);

    assertThat(problems).as("codes, sideways scroll and axe violations, page by page").isEmpty();
  }

  /**
   * Picks the Party committee and People's Committee of the first commune in the plan's unit tree
   * and returns the commune's name.
   */
  private String pickOneCommune() {
    return (String)
        browser.executeScript(
            "var options = Array.prototype.slice.call(document.querySelectorAll('#units option'));"
                + " var party = options.filter(function (o) { var t = o.text.trim();"
                + "   return t.indexOf('Đảng ủy xã ') === 0 && t.indexOf('(cũ') < 0; })[0];"
                + " if (!party) { return ''; }"
                + " var where = party.text.trim().replace(/^Đảng ủy /, '')"
                + "   .replace(/ \\(mô phỏng\\)$/, '');"
                + " options.forEach(function (o) {"
                + "   o.selected = o.text.indexOf(where) >= 0 && o.text.indexOf('(cũ') < 0; });"
                + " return where;");
  }

  /**
   * Reads the page the browser shows at 1440 and 390 px: the codes its text shows, whether it is
   * wider than the phone, and axe's serious findings, noted under the page's name.
   */
  private void check(String name, String axe, Map<String, List<String>> problems) {
    List<String> found = new ArrayList<>();
    String text = browser.findElement(By.tagName("body")).getText();
    WordsBrowserTests.CODES.forEach(
        (what, pattern) -> {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            found.add(what + ": " + m.group());
          }
        });
    for (int width : List.of(PhoneJourneyBrowserTests.DESKTOP, PhoneJourneyBrowserTests.PHONE)) {
      Browser.resize(browser, width);
      Browser.waitForPage(browser);
      if (width == PhoneJourneyBrowserTests.PHONE && Browser.overflow(browser) > 0) {
        found.add("wider than the phone by " + Browser.overflow(browser) + " px");
      }
      Browser.seriousViolations(browser, axe).forEach(v -> found.add("axe @" + width + ": " + v));
      Browser.screenshot(browser, OUT, name + "-" + width);
    }
    Browser.resize(browser, PhoneJourneyBrowserTests.DESKTOP);
    if (!found.isEmpty()) {
      problems.put(name, found);
    }
  }

  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get(base() + "/login");
    Browser.submitLogin(browser, user, DemoUsers.PASSWORD);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void open(String path) {
    browser.get(base() + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    Browser.waitForPage(browser);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
