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
}
