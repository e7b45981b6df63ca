package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * Every page of the Board officer's journey, in Chromium at 1440 px, speaks in words: no role or
 * form code, no record dump, no policy or procedure id in what a person reads; and a day that is no
 * day, typed in a page's form, is answered on that page in Vietnamese. A screenshot of each page is
 * saved under {@code target/journey}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WordsBrowserTests {

  /** What a person must never read: the machine's codes. */
  static final Map<String, Pattern> CODES =
      Map.of(
          "a code in capitals", Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b"),
          "a record dump", Pattern.compile("\\w+\\[\\w+="),
          "a policy or procedure id",
              Pattern.compile("\\b(hadong|qd65|province|commune)-[a-z0-9]+(-[a-z0-9]+)*\\b"));

  static final Path OUT = JourneyBrowserTests.OUT;
  static final String BAD_DAY = "31/02/2022";
  static final String BAD_DAY_ANSWER = "Ngày không hợp lệ, nhập theo dạng dd/MM/yyyy";

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  final RegistryContent district = DemoDistrict.generate(2022, 40);
  WebDriverWait wait;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(Browser.installed(), "chromium and chromedriver are not installed");
    browser = Browser.start();
    browser.manage().window().setSize(new Dimension(1440, 1000));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void theDemoDistrict() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(district);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @Test
  void everyPageOfTheJourneyNamesThingsInsteadOfShowingCodes() {
    logIn("bantochuc");
    String cadre = district.cadres().get(0).code();
    String unit = district.units().get(0).code();

    // a plan drawn up, saved and submitted, so that its pages and its case have something to show
    open("/plans");
    browser.findElement(By.id("seconds")).clear();
    browser.findElement(By.id("seconds")).sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    String run = browser.getCurrentUrl().replaceAll(".*/plans/run/", "");
    String movedCadre =
        browser
            .findElement(By.cssSelector("#moves a.assign"))
            .getAttribute("href")
            .replaceAll(".*cadre=", "");
    browser.findElement(By.id("name")).sendKeys("Phương án đợt 1");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
    String version = browser.findElement(By.cssSelector("#versions tbody tr td")).getText();
    open("/plans/versions/" + version);
    Browser.press(browser, By.cssSelector("#submit-plan button"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
    String approvalCase = browser.getCurrentUrl().replaceAll(".*/approval/", "");

    Map<String, List<String>> codesSeen = new LinkedHashMap<>();
    List<String> pages =
        List.of(
            "/",
            "/cadres",
            "/cadres/" + cadre,
            "/units",
            "/units/" + unit,
            "/succession",
            "/screening?asOf=30/06/2022",
            "/policies",
            "/policies/province-2025",
            "/policies/commune-2025",
            "/policies/hadong-2022",
            "/plans",
            "/plans/run/" + run,
            "/plans/run/" + run + "/assign?cadre=" + movedCadre,
            "/plans/versions/" + version,
            "/plans/diff?from=" + version + "&to=" + version,
            "/approval",
            "/approval/" + approvalCase,
            "/reports/quality?asOf=30/06/2022",
            "/reports/progress",
            "/workbook");
    for (String page : pages) {
      read(page, codesSeen);
    }
    logIn("admin");
    for (String page : List.of("/audit", "/admin/users", "/admin/documents")) {
      read(page, codesSeen);
    }

    assertThat(codesSeen).as("codes a person reads, page by page").isEmpty();
  }

  @Test
  void aDayThatIsNoDayIsAnsweredOnEachFormsPageInVietnamese() {
    logIn("bantochuc");
    Map<String, By> forms = new LinkedHashMap<>();
    forms.put("/screening", By.id("screening-run"));
    forms.put("/units", null);
    forms.put("/reports/quality", null);
    forms.put("/reports/progress", null);
    // the plan form sends the ISO day (app.js); a day no calendar has is sent as typed
    forms.put("/plans", By.id("plan-submit"));
    for (Map.Entry<String, By> form : forms.entrySet()) {
      open(form.getKey());
      WebElement day = browser.findElement(By.id("asOf"));
      day.clear();
      WebElement before = browser.findElement(By.tagName("html"));
      if (form.getValue() == null) {
        day.sendKeys(BAD_DAY, Keys.ENTER);
      } else {
        day.sendKeys(BAD_DAY);
        browser.findElement(form.getValue()).click();
      }
      wait.until(Browser.replaced(before));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invalid-date")));

      assertThat(browser.findElement(By.id("invalid-date")).getText())
          .as(form.getKey())
          .startsWith(BAD_DAY_ANSWER)
          .contains(BAD_DAY);
      assertThat(browser.findElements(By.id("asOf"))).as(form.getKey()).hasSize(1);
      assertThat(browser.findElement(By.tagName("body")).getText())
          .doesNotContain("Failed to convert", "Bad Request");
      Browser.screenshot(browser, OUT, "words-bad-day" + form.getKey().replaceAll("[^a-z]+", "-"));
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

  /** Opens the page and notes every code its visible text shows. */
  private void read(String path, Map<String, List<String>> codesSeen) {
    open(path);
    String text = browser.findElement(By.tagName("body")).getText();
    List<String> found = new ArrayList<>();
    CODES.forEach(
        (what, pattern) -> {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            found.add(what + ": " + m.group());
          }
        });
    if (!found.isEmpty()) {
      codesSeen.put(path, found);
    }
    Browser.screenshot(browser, OUT, "words" + path.replaceAll("[^A-Za-z0-9]+", "-"));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
