package io.sigillo.it.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (no browser download), a fresh profile, the
 * flags that keep it off the network (RECIPES.md), Italian first. {@code *.localhost} resolves to
 * loopback inside Chromium, so the tenant's portal is reached by its name.
 */
final class HeadlessChromium implements AutoCloseable {

  private final Path profile;
  private final ChromeDriver driver;

  HeadlessChromium() {
    try {
      profile =
          Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-idm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
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
        "--window-size=1280,1600",
        "--force-device-scale-factor=1",
        "--lang=it",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits for an element (pages load after redirects through Keycloak). */
  WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    find(By.id(id)).click();
  }

  /** Keycloak's login form: username and password on one page or on two. */
  void signIn(String username, String password) {
    type("username", username);
    if (driver.findElements(By.id("password")).isEmpty()) {
      click("kc-login");
    }
    type("password", password);
    click("kc-login");
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  String source() {
    return driver.getPageSource();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile under target/ is harmless
    }
  }
}
