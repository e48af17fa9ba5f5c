package io.sigillo.it.reseller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded
 * browser) with a fresh profile, started with the flags that keep it off the network. {@code
 * *.localhost} names resolve to loopback inside Chromium, so tenant portals are reached by name.
 */
final class Chromium implements AutoCloseable {

  private final Path profile;
  private final ChromeDriver driver;

  Chromium() {
    try {
      profile =
          Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("sigillo.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=it",
        "--user-data-dir=" + profile);
    // Italian first, as the portal's own people would browse
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "it-IT,it"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("sigillo.it.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** The URL of a path of the application under test on a tenant's host name. */
  static String on(URL base, String host, String path) {
    return "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path;
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  String source() {
    return driver.getPageSource();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits for an element (pages load and redirect at their own pace; no fixed sleeps). */
  WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until an element shows a text (e.g. the page after a form post has replaced it). */
  WebElement awaitText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return find(css);
  }

  boolean onKeycloak() {
    return url().startsWith(Platform.keycloakUrl());
  }

  /**
   * Signs in on Keycloak's login page as a person does. With Organizations on, Keycloak may ask for
   * the username and the password on two pages.
   */
  void signIn(String username, String password) {
    await("#kc-form-login");
    if (!all("#username").isEmpty()) {
      find("#username").clear();
      find("#username").sendKeys(username);
      if (all("#password").isEmpty()) {
        find("#kc-form-login [type=submit]").click();
        await("#password");
      }
    }
    find("#password").sendKeys(password);
    find("#kc-form-login [type=submit]").click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !onKeycloak());
  }

  /** Evaluates a script in the page and returns its result. */
  Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover profile under target/ is harmless
    }
  }
}
