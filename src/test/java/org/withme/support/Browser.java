package org.withme.support;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's ChromeDriver (installed by .ci/run), headless. No tool
 * downloads a browser or a driver.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1300,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
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

  public void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  public void waitForText(String text) {
    wait.until(d -> d.getPageSource().contains(text));
  }

  /** Logs in to a Camunda webapp at {@code baseUrl/camunda/app/<app>/}. */
  public void login(String baseUrl, String app, String user, String password) {
    open(baseUrl + "/camunda/app/" + app + "/default/");
    find(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    find(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    click(By.cssSelector("button[type='submit']"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
