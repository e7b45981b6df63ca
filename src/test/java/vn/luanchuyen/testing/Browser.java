package vn.luanchuyen.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Real headless Chromium from Debian's packages, for the browser tests. */
public final class Browser {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  /** Whether Chromium and its driver are installed (CI installs them). */
  public static boolean installed() {
    return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
  }

  public static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for review. */
  public static void screenshot(ChromeDriver driver, String name) {
    screenshot(driver, Path.of("target", "screenshots"), name);
  }

  /** Saves what the browser shows as {@code <dir>/<name>.png}, for review. */
  public static void screenshot(ChromeDriver driver, Path dir, String name) {
    try {
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("cannot save screenshot " + name, e);
    }
  }

  /** Fills in and submits the login form the browser is showing. */
  public static void submitLogin(ChromeDriver driver, String username, String password) {
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
  }

  /** Waits until the page the browser shows has finished loading. */
  public static void waitForPage(ChromeDriver driver) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
        .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /**
   * Presses a button with the keyboard (which scrolls it into view) once the page has loaded, and
   * waits until the next page has loaded. A button found while the page was being replaced is
   * looked up again.
   */
  public static void press(ChromeDriver driver, org.openqa.selenium.By button) {
    waitForPage(driver);
    org.openqa.selenium.WebElement page =
        driver.findElement(org.openqa.selenium.By.tagName("html"));
    for (int attempt = 1; ; attempt++) {
      try {
        driver.findElement(button).sendKeys(org.openqa.selenium.Keys.ENTER);
        break;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (attempt == 3 || e instanceof org.openqa.selenium.NoSuchElementException) {
          throw e;
        }
        waitForPage(driver);
      }
    }
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
        .until(replaced(page));
    waitForPage(driver);
  }

  /**
   * Whether the page an element belongs to has been replaced. Chromium answers a question about an
   * element of a replaced page either as stale or with "Node with given id does not belong to the
   * document"; both mean the same.
   */
  public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(
      org.openqa.selenium.WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  /** axe-core, vendored from its npm package under {@code src/test/resources/axe}. */
  public static String axeScript() {
    try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read axe.min.js", e);
    }
  }

  /**
   * The serious and critical violations axe finds on the page the browser shows, one line each: the
   * rule and the elements that break it.
   */
  @SuppressWarnings("unchecked")
  public static java.util.List<String> seriousViolations(ChromeDriver driver, String axe) {
    driver.executeScript(axe);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object found =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "   done(r.violations"
                + "     .filter(function (v) { return v.impact === 'serious'"
                + "        || v.impact === 'critical'; })"
                + "     .map(function (v) { return v.id + ': ' + v.nodes.slice(0, 5)"
                + "        .map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                + " }).catch(function (e) { done(['axe failed: ' + e]); });");
    return (java.util.List<String>) found;
  }

  /** Shows pages as a screen of that width does (a phone below 576 px, with its touch viewport). */
  public static void resize(ChromeDriver driver, int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width",
            width,
            "height",
            width < 576 ? 844 : 900,
            "deviceScaleFactor",
            1,
            "mobile",
            width < 576));
  }

  /** How much wider than the screen the page is, in CSS pixels (0 when it fits). */
  public static long overflow(ChromeDriver driver) {
    long scrollWidth = (Long) driver.executeScript("return document.scrollingElement.scrollWidth;");
    long innerWidth = (Long) driver.executeScript("return window.innerWidth;");
    return Math.max(0, scrollWidth - innerWidth);
  }
}
