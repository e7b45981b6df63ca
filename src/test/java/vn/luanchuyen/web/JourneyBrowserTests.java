package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.luanchuyen.importexport.WorkbookRead;
import vn.luanchuyen.importexport.WorkbookReader;
import vn.luanchuyen.importexport.WorkbookWriter;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.reporting.QualityDimension;
import vn.luanchuyen.screening.ScreeningLists;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The main journey of an Organisation Board clerk, in Chromium, from an empty registry: log in,
 * import a workbook (a bad one first: every problem listed, nothing written), screen as of a day,
 * open a cadre from a verdict, draw up a plan and save it, open its approval case and complete the
 * first step, read the quality dashboard and export it and the registry to Excel. A screenshot of
 * each page is saved under {@code target/journey}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JourneyBrowserTests {

  static final Path OUT = Path.of("target", "journey").toAbsolutePath();
  static final Path DOWNLOADS = OUT.resolve("downloads");
  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  static final String POLICY = "hadong-2022";
  static final String MISSING_SEAT = "KHONG-CO-CHUC-DANH";
  static final String MISSING_PARENT = "KHONG-CO-DON-VI";

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired ScreeningRuns screening;
  @Autowired JdbcClient jdbc;

  /** A small demo district: 40 cadres in Hà Đông's units. */
  final RegistryContent district = DemoDistrict.generate(2022, 40);

  WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(Browser.installed(), "chromium and chromedriver are not installed");
    browser = Browser.start();
    Files.createDirectories(DOWNLOADS);
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void emptyRegistry() throws IOException {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    try (var old = Files.list(DOWNLOADS)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void aClerkImportsScreensPlansOpensTheProcedureReadsTheDashboardAndExports() throws Exception {
    String base = "http://localhost:" + port;
    browser.manage().deleteAllCookies();

    // Log in.
    browser.get(base + "/");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    shot("01-login");
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-count")));
    assertThat(browser.findElement(By.id("cadre-count")).getText()).isEqualTo("0");

    // A bad workbook: every problem by sheet, row and column, nothing written.
    Path bad = OUT.resolve("so-can-bo-loi.xlsx");
    BadWorkbook faults = writeBadWorkbook(bad);
    nav("/workbook");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhập, xuất sổ Excel");
    upload(bad);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-rejected")));
    List<List<String>> problems = rows("#problems tbody tr");
    assertThat(browser.findElement(By.id("import-rejected")).getText())
        .isEqualTo(
            "Sổ không được nhập: có " + problems.size() + " lỗi. Không dữ liệu nào đã được ghi.");
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.subList(0, 3))
                  .containsExactly("DonVi", String.valueOf(faults.unitRow()), "Mã đơn vị cha");
              assertThat(p.get(3)).contains(MISSING_PARENT);
            })
        .anySatisfy(
            p -> {
              assertThat(p.subList(0, 3))
                  .containsExactly(
                      "QuaTrinhCongTac", String.valueOf(faults.assignmentRow()), "Mã chức danh");
              assertThat(p.get(3)).contains(MISSING_SEAT);
            });
    assertThat(count("cadre")).isZero();
    assertThat(count("org_unit")).isZero();
    shot("02-import-rejected");

    // The good workbook.
    Path good = OUT.resolve("so-can-bo.xlsx");
    new WorkbookWriter().write(district, good);
    upload(good);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-accepted")));
    assertThat(browser.findElement(By.id("import-accepted")).getText())
        .isEqualTo(
            "Đã nhập thành công: %d đơn vị, %d chức danh, %d cán bộ, %d dòng quá trình công tác,"
                    .formatted(
                        district.units().size(),
                        district.positions().size(),
                        district.cadres().size(),
                        district.assignments().size())
                + " %d dòng quy hoạch, %d dòng đánh giá."
                    .formatted(district.planning().size(), district.assessments().size()));
    assertThat(count("cadre")).isEqualTo(40);
    shot("03-import-accepted");

    // Screen as of 30/06/2022.
    nav("/screening");
    browser.findElement(By.id("asOf")).clear();
    browser.findElement(By.id("asOf")).sendKeys("30/06/2022");
    browser.findElement(By.id("screening-run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-non-local-ward-leaders")));
    List<ScreeningLists.Entry> mustMove =
        ScreeningLists.of(screening.screen(POLICY, AS_OF), screening.snapshot())
            .list(ScreeningLists.Kind.HEADS_MUST_MOVE);
    assertThat(mustMove).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#tab-HEADS_MUST_MOVE .badge")).getText())
        .isEqualTo(String.valueOf(mustMove.size()));
    List<List<String>> heads = rows("#screening-list tbody tr");
    assertThat(heads).hasSize(mustMove.size());
    assertThat(heads)
        .extracting(r -> r.get(0))
        .containsExactlyElementsOf(mustMove.stream().map(ScreeningLists.Entry::code).toList());
    assertThat(heads.get(0).get(5)).contains("Giữ chức vụ cấp trưởng").contains("từ 8 năm trở lên");
    shot("04-screening");

    // Open the first cadre who must move, from the verdict.
    String name = heads.get(0).get(1);
    browser.findElement(By.cssSelector("#screening-list tbody tr td a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdicts")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
    assertThat(browser.findElement(By.id("verdicts")).getText())
        .contains("Phải luân chuyển")
        .contains("từ 8 năm trở lên");
    assertThat(browser.findElement(By.id("retirement-month")).getText()).matches("\\d{2}/\\d{4}");
    assertThat(browser.findElements(By.cssSelector("#history tbody tr")))
        .hasSize(
            (int)
                district.assignments().stream()
                    .filter(a -> a.cadreCode().equals(mustMove.get(0).code()))
                    .count());
    shot("05-cadre-profile");

    // Ask for a plan on the plan board and save it.
    nav("/plans");
    browser.findElement(By.id("seconds")).clear();
    browser.findElement(By.id("seconds")).sendKeys("2");
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("moves")));
    shot("06-plan-board");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã xong");
    String moves = browser.findElement(By.id("moves")).getText();
    assertThat(moves).contains("Phải luân chuyển");
    mustMove.forEach(head -> assertThat(moves).contains(head.fullName()));
    // Each move names its legal form in Vietnamese, and the board counts the moves per form.
    assertThat(browser.findElements(By.cssSelector("#moves thead th")))
        .extracting(WebElement::getText)
        .contains("Hình thức");
    List<String> forms =
        browser.findElements(By.cssSelector("#moves td.move-form")).stream()
            .map(WebElement::getText)
            .filter(f -> !f.isBlank())
            .toList();
    assertThat(forms)
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f).isIn("Luân chuyển", "Điều động", "Chuyển đổi vị trí công tác"));
    assertThat(browser.findElement(By.id("form-counts")).getText())
        .contains("Luân chuyển")
        .contains("Điều động")
        .contains("Chuyển đổi vị trí công tác");
    // In 40 cadres some heads have no equivalent seat to go to: the board names each of them.
    int hard = Integer.parseInt(browser.findElement(By.id("best-hard")).getText());
    List<String> broken =
        browser.findElements(By.cssSelector("#broken li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(broken.isEmpty()).isEqualTo(hard == 0);
    Set<String> mustMoveCodes =
        mustMove.stream().map(ScreeningLists.Entry::code).collect(Collectors.toSet());
    assertThat(broken)
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("Cán bộ thuộc diện phải luân chuyển nhưng chưa rời chức vụ")
                    .matches(l -> mustMoveCodes.stream().anyMatch(c -> l.contains("(" + c + ")"))));
    browser.findElement(By.id("name")).sendKeys("Phương án hành trình");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
    List<List<String>> versions = rows("#versions tbody tr");
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).get(1)).isEqualTo("Phương án hành trình (1)");
    assertThat(versions.get(0).get(3)).isEqualTo("30/06/2022");
    assertThat(versions.get(0).get(7)).isEqualTo("Bản nháp");
    String versionId = versions.get(0).get(0);
    shot("07-plan-saved");

    // Submit the saved plan from its page and complete the case's first step.
    WebElement board = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("#versions tbody tr a")).click();
    wait.until(Browser.replaced(board));
    Browser.waitForPage(browser);
    assertThat(browser.findElement(By.id("version-status")).getText()).isEqualTo("Bản nháp");
    assertThat(browser.findElements(By.cssSelector("#version-moves td.move-form")))
        .extracting(WebElement::getText)
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f).isIn("Luân chuyển", "Điều động", "Chuyển đổi vị trí công tác"));
    press(By.cssSelector("#submit-plan button"));
    assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Đang xử lý");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Phương án hành trình (bản 1)");
    assertThat(stepBadges()).containsExactly("Đang làm", "Chưa đến", "Chưa đến", "Chưa đến");
    browser.findElement(By.id("comment")).sendKeys("Thống nhất chủ trương luân chuyển");
    press(By.id("complete"));
    assertThat(browser.findElement(By.id("approval-done")).getText()).isEqualTo("Đã ghi nhận.");
    assertThat(stepBadges()).containsExactly("Đã xong", "Đang làm", "Chưa đến", "Chưa đến");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Rà soát đội ngũ, xây dựng phương án, xin chủ trương")
        .contains("Thống nhất chủ trương luân chuyển")
        .contains("bantochuc");
    shot("08-approval-case");

    // The quality dashboard as of the same day.
    nav("/reports/quality");
    WebElement asOf = browser.findElement(By.id("asOf"));
    asOf.clear();
    asOf.sendKeys("30/06/2022", Keys.ENTER);
    long holding = holdingASeatOn(AS_OF);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("quality-total"),
            "Tổng số " + holding + " cán bộ đang giữ chức vụ tại ngày 30/06/2022"));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "var c = document.querySelectorAll('canvas.quality-chart');"
                        + " return c.length > 0 && Array.prototype.every.call(c,"
                        + " function (x) { return window.Chart && window.Chart.getChart(x); });")));
    for (QualityDimension d : QualityDimension.values()) {
      int sum =
          browser.findElements(By.cssSelector("#dimension-" + d.id() + " a.drill-down")).stream()
              .mapToInt(a -> Integer.parseInt(a.getText()))
              .sum();
      assertThat(sum).as(d.id()).isEqualTo(holding);
    }
    shot("09-quality-dashboard");

    // Export the dashboard to Excel: a workbook with a sheet per dimension and their totals.
    browser.findElement(By.id("quality-xlsx")).click();
    Path dashboard = downloaded("chat-luong-can-bo-2022-06-30.xlsx");
    try (InputStream in = Files.newInputStream(dashboard);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(QualityDimension.values().length);
      Sheet sex = workbook.getSheet("Giới tính");
      assertThat(sex).isNotNull();
      Row total = sex.getRow(sex.getLastRowNum());
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(holding);
    }

    // Export the registry: it reads back as the 40 cadres imported.
    nav("/workbook");
    browser.findElement(By.id("export-link")).click();
    Path registry = downloaded("so-can-bo.xlsx");
    WorkbookRead exported = new WorkbookReader().read(registry);
    assertThat(exported.problems()).isEmpty();
    assertThat(exported.content().cadres()).hasSize(40);
    assertThat(exported.content().assignments()).hasSize(district.assignments().size());
    shot("10-export");
  }

  /** Where the faults of the bad workbook are: the Excel rows of the unit and the stay. */
  record BadWorkbook(int unitRow, int assignmentRow) {}

  /**
   * The district with a unit under a parent that does not exist and a stay in a seat that does not
   * exist, written as a workbook.
   */
  BadWorkbook writeBadWorkbook(Path file) {
    List<Unit> units = new ArrayList<>(district.units());
    units.sort(Comparator.comparing(Unit::code));
    int u = units.size() - 1;
    Unit orphan = units.get(u);
    units.set(
        u,
        new Unit(
            orphan.code(),
            orphan.name(),
            orphan.levelCode(),
            orphan.typeCode(),
            orphan.block(),
            MISSING_PARENT,
            orphan.localityCode(),
            orphan.validFrom(),
            orphan.validTo(),
            orphan.predecessorCodes(),
            orphan.version()));
    List<Assignment> stays = new ArrayList<>(district.assignments());
    stays.sort(
        Comparator.comparing(Assignment::cadreCode)
            .thenComparing(Assignment::startDate)
            .thenComparing(Assignment::positionCode));
    Assignment first = stays.get(0);
    stays.set(
        0,
        new Assignment(
            null,
            first.cadreCode(),
            MISSING_SEAT,
            first.startDate(),
            first.endDate(),
            first.form(),
            first.decisionNumber(),
            0));
    new WorkbookWriter()
        .write(
            new RegistryContent(
                district.codes(),
                units,
                district.positions(),
                district.cadres(),
                stays,
                district.planning(),
                district.assessments(),
                district.disciplines()),
            file);
    return new BadWorkbook(u + 2, 2);
  }

  /** The cadres of the district who hold a seat on the day. */
  long holdingASeatOn(LocalDate day) {
    Set<String> holding =
        district.assignments().stream()
            .filter(a -> a.heldOn(day))
            .map(Assignment::cadreCode)
            .collect(Collectors.toSet());
    return holding.size();
  }

  /** Follows the navigation bar's link to the page. */
  void nav(String path) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("nav a.nav-link[href='" + path + "']")).click();
    wait.until(Browser.replaced(page));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  void upload(Path workbook) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("file")).sendKeys(workbook.toString());
    browser.findElement(By.id("upload-submit")).click();
    wait.until(Browser.replaced(page));
  }

  /**
   * Presses a button with the keyboard, which scrolls it into view, and waits for the next page.
   */
  void press(By button) {
    Browser.press(browser, button);
  }

  List<List<String>> rows(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }

  List<String> stepBadges() {
    return browser.findElements(By.cssSelector("#steps li .badge")).stream()
        .map(WebElement::getText)
        .toList();
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** Waits for the browser to finish downloading the file. */
  Path downloaded(String name) {
    Path file = DOWNLOADS.resolve(name);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                return Files.isRegularFile(file)
                    && Files.size(file) > 0
                    && !Files.exists(DOWNLOADS.resolve(name + ".crdownload"));
              } catch (IOException e) {
                return false;
              }
            });
    return file;
  }

  void shot(String name) {
    Browser.screenshot(browser, OUT, name);
  }
}
