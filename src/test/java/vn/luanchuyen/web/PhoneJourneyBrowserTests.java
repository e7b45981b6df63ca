package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
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
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.SavedPlans;

/**
 * Every page of a Board officer's journey, in Chromium, on a desktop screen (1440 px) and on a
 * phone (390 px): no page scrolls sideways, on the phone the menu folds behind a button, and at
 * both widths axe-core finds no serious or critical accessibility violation. A screenshot of each
 * page at both widths is saved under {@code target/journey}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneJourneyBrowserTests {

  static final Path OUT = Path.of("target", "journey").toAbsolutePath();
  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  static final String POLICY = "hadong-2022";
  static final int PHONE = 390;
  static final int DESKTOP = 1440;

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryImport importer;
  @Autowired JdbcClient jdbc;

  final RegistryContent district = DemoDistrict.generate(2022, 40);
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
  void districtUsersAndASavedPlan() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    assertThat(importer.importContent(district).problems()).isEmpty();
    List<Assignment> held = district.assignments().stream().filter(a -> a.heldOn(AS_OF)).toList();
    Assignment first = held.get(0);
    Assignment other =
        held.stream()
            .filter(a -> !a.cadreCode().equals(first.cadreCode()))
            .findFirst()
            .orElseThrow();
    plan =
        SavedPlans.draft(
            jdbc,
            "Đợt 1",
            POLICY,
            AS_OF,
            first.cadreCode(),
            first.positionCode(),
            other.positionCode());
  }

  /** A page of the journey: a name for its screenshot and its address. */
  record Page(String name, String path) {}

  @Test
  void everyPageOfTheJourneyFitsTheScreenAndAxeFindsNothingSeriousOnIt() throws IOException {
    String axe = axeScript();
    List<Page> pages = journey();
    List<String> wide = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    List<String> nativeDateBoxes = new ArrayList<>();
    for (Page page : pages) {
      for (int width : List.of(DESKTOP, PHONE)) {
        open(page, width);
        long scrollWidth =
            (Long) browser.executeScript("return document.scrollingElement.scrollWidth;");
        long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
        if (scrollWidth > innerWidth) {
          wide.add(page.name() + ": " + scrollWidth + " px in " + innerWidth);
        }
        if (!browser.findElements(By.cssSelector("input[type=date]")).isEmpty()) {
          nativeDateBoxes.add(page.name());
        }
        seriousViolations(axe).forEach(v -> violations.add(page.name() + " @" + width + " " + v));
        Browser.screenshot(browser, OUT, page.name() + "-" + width);
        if (page.path().equals("/login")) {
          login();
        }
      }
    }
    SoftAssertions.assertSoftly(
        softly -> {
          softly.assertThat(wide).as("pages wider than the screen").isEmpty();
          softly.assertThat(violations).as("serious or critical axe violations").isEmpty();
          softly.assertThat(nativeDateBoxes).as("pages with a month-first date box").isEmpty();
        });
  }

  @Test
  void aListSortsByTheColumnWhoseHeaderIsPressedNamesInVietnameseOrderDaysAndNumbersAsSuch() {
    login();
    resize(DESKTOP);
    browser.get(base() + "/admin/users");
    Browser.waitForPage(browser);
    // a list as the pages show one: names, days written dd/MM/yyyy, numbers written the Vietnamese
    // way
    browser.executeScript(
        "var t = document.createElement('table'); t.className = 'table'; t.id = 'sample';"
            + " t.innerHTML = '<thead><tr><th>Tên</th><th>Ngày</th><th>Số</th></tr></thead><tbody>"
            + "<tr><td>Yến</td><td>01/02/2023</td><td>1.234</td></tr>"
            + "<tr><td>Đỗ</td><td>31/12/2022</td><td>987</td></tr>"
            + "<tr><td>Ánh</td><td>15/01/2023</td><td>38,2%</td></tr>"
            + "<tr><td>Dương</td><td>02/01/2021</td><td>1.000,5</td></tr></tbody>';"
            + " document.querySelector('main').appendChild(t);"
            + " document.dispatchEvent(new CustomEvent('htmx:afterSwap', {detail: {}}));");
    sortSample(0);
    assertThat(sampleColumn(0)).containsExactly("Ánh", "Dương", "Đỗ", "Yến");
    assertThat(header(0).getAttribute("aria-sort")).isEqualTo("ascending");
    sortSample(0);
    assertThat(sampleColumn(0)).containsExactly("Yến", "Đỗ", "Dương", "Ánh");
    assertThat(header(0).getAttribute("aria-sort")).isEqualTo("descending");
    sortSample(1);
    assertThat(sampleColumn(1))
        .containsExactly("02/01/2021", "31/12/2022", "15/01/2023", "01/02/2023");
    assertThat(header(0).getAttribute("aria-sort")).isNull();
    sortSample(2);
    assertThat(sampleColumn(2)).containsExactly("38,2%", "987", "1.000,5", "1.234");
  }

  @Test
  void thePlansDayIsTypedDayFirstAndSentAsTheIsoDayThePlanPageReads() {
    login();
    resize(PHONE);
    browser.get(base() + "/plans");
    Browser.waitForPage(browser);
    WebElement day = browser.findElement(By.id("asOf"));
    assertThat(day.getAttribute("type")).isEqualTo("text");
    assertThat(day.getAttribute("inputmode")).isEqualTo("numeric");
    assertThat(day.getAttribute("value")).isEqualTo("30/06/2022");
    day.clear();
    day.sendKeys("01/07/2022");
    assertThat(browser.findElement(By.id("asOf-iso")).getAttribute("value"))
        .isEqualTo("2022-07-01");
  }

  WebElement header(int column) {
    return browser.findElements(By.cssSelector("#sample thead th")).get(column);
  }

  /** Presses a header's sort button with the keyboard. */
  void sortSample(int column) {
    header(column).findElement(By.cssSelector("button.sort-button")).sendKeys(Keys.ENTER);
  }

  List<String> sampleColumn(int column) {
    return browser.findElements(By.cssSelector("#sample tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(column).getText())
        .toList();
  }

  static String axeScript() {
    return Browser.axeScript();
  }

  static List<String> seriousViolations(String axe) {
    return Browser.seriousViolations(browser, axe);
  }

  @Test
  void onAPhoneTheMenuFoldsBehindAButtonThatTheKeyboardOpens() {
    login();
    resize(PHONE);
    browser.get(base() + "/");
    WebElement button = browser.findElement(By.id("menu-button"));
    WebElement cadres =
        browser.findElement(By.cssSelector("#main-menu a.nav-link[href='/cadres']"));
    assertThat(button.isDisplayed()).isTrue();
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(cadres.isDisplayed()).isFalse();
    long menuHeight =
        (Long)
            browser.executeScript(
                "return Math.round(document.querySelector('nav.navbar').getBoundingClientRect()"
                    + ".height);");
    assertThat(menuHeight).as("the folded menu's height").isLessThan(80);

    button.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> cadres.isDisplayed());
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
    cadres.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/cadres"));

    resize(DESKTOP);
    browser.get(base() + "/");
    assertThat(browser.findElement(By.id("menu-button")).isDisplayed()).isFalse();
    assertThat(
            browser
                .findElement(By.cssSelector("#main-menu a.nav-link[href='/cadres']"))
                .isDisplayed())
        .isTrue();
  }

  /**
   * The pages of the journey, in order, as the administrator (who is also Board staff) sees them:
   * the plan board after a short solve and the case opened from the saved plan included.
   */
  List<Page> journey() {
    List<Page> pages = new ArrayList<>();
    resize(DESKTOP);
    browser.manage().deleteAllCookies();
    pages.add(new Page("01-login", "/login"));
    String cadre = district.cadres().get(0).code();
    String unit = district.units().get(0).code();
    login();
    pages.add(new Page("02-home", "/"));
    pages.add(new Page("03-units", "/units"));
    pages.add(new Page("04-unit", "/units/" + unit));
    pages.add(new Page("05-cadres", "/cadres"));
    pages.add(new Page("06-cadre-profile", "/cadres/" + cadre));
    pages.add(new Page("07-workbook", "/workbook"));
    pages.add(new Page("08-screening", "/screening?policy=" + POLICY + "&asOf=30/06/2022"));
    pages.add(new Page("08a-policies", "/policies"));
    pages.add(new Page("08b-policy", "/policies/" + POLICY));
    pages.add(new Page("09-plans", "/plans"));
    pages.add(new Page("10-plan-board", planBoard()));
    pages.add(new Page("11-plan-version", "/plans/versions/" + plan));
    pages.add(new Page("12-approval-case", openCase()));
    pages.add(new Page("13-approval-list", "/approval"));
    pages.add(new Page("14-quality", "/reports/quality?asOf=30/06/2022"));
    pages.add(new Page("15-progress", "/reports/progress"));
    pages.add(new Page("16-succession", "/succession"));
    pages.add(new Page("17-audit", "/audit"));
    pages.add(new Page("18-users", "/admin/users"));
    pages.add(new Page("19-documents", "/admin/documents"));
    pages.add(new Page("20-password", "/account/password"));
    return pages;
  }

  /** Asks for a plan of two seconds on the plans page and returns the board's address. */
  String planBoard() {
    browser.get(base() + "/plans");
    WebElement seconds = browser.findElement(By.id("seconds"));
    seconds.clear();
    seconds.sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    return browser.getCurrentUrl().substring(base().length());
  }

  /** Submits the saved plan from its page and returns the case's address. */
  String openCase() {
    browser.get(base() + "/plans/versions/" + plan);
    Browser.press(browser, By.cssSelector("#submit-plan button"));
    return browser.getCurrentUrl().substring(base().length());
  }

  void open(Page page, int width) {
    resize(width);
    if (page.path().equals("/login")) {
      browser.manage().deleteAllCookies();
    }
    browser.get(base() + page.path());
    Browser.waitForPage(browser);
  }

  void login() {
    browser.get(base() + "/login");
    if (browser.getCurrentUrl().endsWith("/login")) {
      Browser.submitLogin(browser, "admin", DemoUsers.PASSWORD);
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> !browser.getCurrentUrl().contains("/login"));
    }
  }

  static void resize(int width) {
    Browser.resize(browser, width);
  }

  String base() {
    return "http://localhost:" + port;
  }
}
