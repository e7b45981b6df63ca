package vn.luanchuyen.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeetings;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.approval.TrialSubjects;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.Browser;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * At the deciding step, in Chromium: a tally for a cadre outside the case is refused on the page,
 * an approval is refused while one cadre's ballot failed, that move is taken out with its reason,
 * and the rest of the case is approved. Screenshots under {@code target/journey}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrialSubjects.class)
class CaseBrowserTests {

  static final Actor BOARD = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor MEMBER = new Actor("thuongvu", Set.of("STANDING_COMMITTEE"));

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired Approvals approvals;
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

  /** A case at its deciding step: CB001 and CB003 passed, CB002 failed (7 of 15). */
  ApprovalCase atTheVote() {
    ApprovalCase c =
        approvals.open("hadong-4-steps", TrialSubjects.TYPE, "1", "Phương án thử (bản 1)", BOARD);
    StepInput full =
        new StepInput("Đồng ý", "Phường Vạn Phúc", "Đủ tiêu chuẩn", "Đã gặp", "Đồng ý");
    CadreMeetings.meetEveryCadre(approvals, c.id(), BOARD);
    for (String step : new String[] {"chu-truong", "trao-doi-de-xuat", "tong-hop-tham-dinh"}) {
      c = approvals.complete(c.id(), c.version(), step, full, BOARD);
    }
    for (Actor clerk : new Actor[] {MEMBER, BOARD}) {
      approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), clerk);
      approvals.enterTally(c.id(), "CB002", 1, new Tally(15, 14, 7, 6, 1, 0), clerk);
      approvals.enterTally(c.id(), "CB003", 1, new Tally(15, 14, 11, 2, 1, 0), clerk);
    }
    return c;
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  void type(String id, String value) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(value);
  }

  @Test
  void aFailedMoveIsTakenOutOfTheCaseAndTheRestIsApproved() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    ApprovalCase c = atTheVote();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/approval/" + c.id());
    Browser.submitLogin(browser, "bantochuc", DemoUsers.PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tally-form")));

    // a tally for a cadre outside the case
    type("candidate", "CB9999");
    for (String[] count :
        new String[][] {
          {"members", "15"},
          {"present", "14"},
          {"agree", "12"},
          {"disagree", "1"},
          {"abstain", "1"},
          {"invalid", "0"}
        }) {
      type(count[0], count[1]);
    }
    Browser.press(browser, By.id("tally-submit"));
    assertThat(text("approval-refused"))
        .isEqualTo(
            "Cán bộ CB9999 không có điều chuyển nào trong hồ sơ này; chỉ nhập và rút cho cán bộ"
                + " trong hồ sơ");
    assertThat(browser.findElements(By.cssSelector("#tallies tbody tr"))).hasSize(3);

    // an approval while CB002's ballot failed
    type("comment", "Thông qua");
    type("decisionNumber", "125-QĐ/QU");
    type("signedOn", "20/08/2022");
    type("effectiveOn", "01/09/2022");
    Browser.press(browser, By.id("approve"));
    assertThat(text("approval-refused"))
        .contains("Trần Thị Bình (CB002) không đạt ở vòng 1 (7/15 phiếu đồng ý");
    Browser.screenshot(browser, "approval-ballot-failed");

    // take it out, with the reason
    browser.findElement(By.cssSelector("#withdraw-candidate option[value='CB002']")).click();
    type("withdraw-reason", "Không đạt quá nửa số phiếu (7/15)");
    Browser.press(browser, By.id("withdraw-submit"));
    assertThat(text("approval-done")).isEqualTo("Đã ghi nhận.");
    assertThat(text("withdrawals"))
        .contains("Trần Thị Bình (CB002)")
        .contains("bantochuc")
        .contains("Lý do: Không đạt quá nửa số phiếu (7/15)");
    assertThat(text("tallies")).contains("đã rút khỏi hồ sơ");

    // and approve the rest
    type("comment", "Thông qua");
    type("decisionNumber", "125-QĐ/QU");
    type("signedOn", "20/08/2022");
    type("effectiveOn", "01/09/2022");
    Browser.press(browser, By.id("approve"));
    assertThat(text("case-status")).isEqualTo("Đã thông qua");
    assertThat(text("withdrawals")).contains("Trần Thị Bình (CB002)");
    Browser.screenshot(browser, "approval-withdrawn-approved");
  }
}
