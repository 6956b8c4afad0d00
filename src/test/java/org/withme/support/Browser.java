package org.withme.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's ChromeDriver (installed by scripts/ensure-chromium.sh
 * from the Maven build), headless, in the UK locale. No tool downloads a browser or a driver. All
 * browser tests share one browser ({@link #shared()}), closed when the JVM ends.
 */
public final class Browser {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static Browser shared;

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1300,1000", "--lang=en-GB");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** The one browser of this test JVM, logged out (no cookies, no stored form drafts). */
  public static synchronized Browser shared() {
    if (shared == null) {
      shared = new Browser();
      Browser started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> started.driver.quit()));
    } else {
      shared.reset();
    }
    return shared;
  }

  public static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  private void reset() {
    if (driver.getCurrentUrl().startsWith("http")) {
      ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
    driver.manage().deleteAllCookies();
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Scrolls the element to the middle of the window and clicks it. A long task list puts a card under the
   * Tasklist's fixed footer; the click is tried again once the list has settled.
   */
  public void click(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
      script("arguments[0].scrollIntoView({block: 'center'})", element);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
        pause(300);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Scrolls the element to the middle of the window (clear of the Tasklist's footer) and clicks it. */
  public void click(WebElement element) {
    for (int attempt = 1; ; attempt++) {
      script("arguments[0].scrollIntoView({block: 'center'})", element);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        // a Tasklist notification (e.g. "process started") over the element: wait until it has gone
        if (attempt == 30) {
          throw e;
        }
        pause(300);
      }
    }
  }

  public void waitForText(String text) {
    wait.until(d -> d.getPageSource().contains(text));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Logs in to a Camunda webapp at {@code baseUrl/camunda/app/<app>/}. */
  public void login(String baseUrl, String app, String user, String password) {
    open(baseUrl + "/camunda/app/" + app + "/default/");
    try {
      find(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("login-" + app + "-not-shown");
      throw new AssertionError("no login form at " + driver.getCurrentUrl() + ": "
          + driver.findElement(By.tagName("body")).getText(), e);
    }
    find(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    click(By.cssSelector("button[type='submit']"));
  }

  /** Saves the page as target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (npm devDependency, node_modules/axe-core) on the elements matching
   * {@code selector} against WCAG 2.0/2.1/2.2 A and AA, and returns the violations of impact
   * serious or critical as "rule-id (impact): help — target" lines.
   */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations(String selector) {
    try {
      if (Boolean.FALSE.equals(script("return typeof window.axe !== 'undefined'"))) {
        script(Files.readString(AXE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is installed by npm ci (package.json devDependencies)", e);
    }
    Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(arguments[0], {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
          .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' - ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));
        """, selector);
    return (List<String>) result;
  }

  /** Sets the browser window to {@code width} x {@code height} CSS pixels (a phone: 390 x 844). */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** Back to the window size every browser test starts with. */
  public void resizeToDefault() {
    resize(1300, 1000);
  }

  /**
   * What the page in the window weighed: the document and every resource it loaded, from the
   * browser's Resource Timing ({@code [bytes transferred, requests]}; a cached resource counts 0 bytes).
   */
  public long[] pageWeight() {
    Object r = script("""
        const nav = performance.getEntriesByType('navigation');
        const res = performance.getEntriesByType('resource');
        const all = nav.concat(res);
        return [all.reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0), all.length];
        """);
    List<?> values = (List<?>) r;
    return new long[] {((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue()};
  }
}
