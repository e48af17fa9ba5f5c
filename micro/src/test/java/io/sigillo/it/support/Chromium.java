package io.sigillo.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded
 * browser) with a fresh profile, started with the flags that keep it off the network (RECIPES.md),
 * Italian first. {@code *.localhost} names resolve to loopback inside Chromium, so tenant portals
 * are reached by name. Waits are explicit (pages load and redirect through Keycloak at their own
 * pace; no fixed sleeps).
 */
public final class Chromium implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Path profile;
  private final ChromeDriver driver;
  private String signedInAs;
  private boolean autoStaffStepUp = true;

  /** A 1280×1000 window, what the portal's layout and accessibility checks are made for. */
  public Chromium() {
    this(1280, 1000);
  }

  /** A window of another size, e.g. a tall one so a whole page (and its QR code) is on screen. */
  public Chromium(int width, int height) {
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
        "--window-size=" + width + "," + height,
        // screenshots (a QR code decoded from one) have the CSS pixel size
        "--force-device-scale-factor=1",
        "--lang=it",
        "--user-data-dir=" + profile);
    // Italian first, as the portal's own people would browse
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
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
  public static String on(URL base, String host, String path) {
    return "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens a page. A staff step-up page on the way is answered with a code of the staff member's app
   * ({@link StaffDevices}, registered on first sight), as {@link HttpBrowser} does, unless {@link
   * #manualStaffStepUp} was called.
   */
  public void open(String url) {
    driver.get(url);
    staffStepUp();
  }

  /** From now on the staff step-up page is left as it is, for tests of the step-up itself. */
  public Chromium manualStaffStepUp() {
    autoStaffStepUp = false;
    return this;
  }

  private void staffStepUp() {
    if (!autoStaffStepUp || signedInAs == null || !path().endsWith("/staff/")) {
      return;
    }
    String tenant = StaffDevices.tenantOf(URI.create(url()).getHost());
    if (all("#staffcode").isEmpty() && !StaffDevices.registered(tenant, signedInAs)) {
      StaffDevices.register(tenant, signedInAs);
      driver.navigate().refresh();
    }
    if (all("#staffcode").isEmpty()) {
      return;
    }
    type("#staffcode\\:code", StaffDevices.nextCode(tenant, signedInAs));
    submit("#staffcode\\:verify");
  }

  public String source() {
    return driver.getPageSource();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  /** The path of the current page's URL. */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** An element on the page as it is now (no wait). */
  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits for an element to be in the page. */
  public WebElement await(String css) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Waits for an element to be visible (a person could see and use it). */
  public WebElement awaitVisible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until an element shows a text (e.g. the page after a form post has replaced it). */
  public WebElement awaitText(String css, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return find(css);
  }

  /**
   * The whole text of the element once it contains {@code text}, read afresh until the document
   * holds still: a Faces page that is still being replaced loses the node between find and read
   * ("Node with given id does not belong to the document").
   */
  public String awaitTextOf(String css, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return retrying()
        .until(
            d -> {
              String now = d.findElement(By.cssSelector(css)).getText();
              return now.contains(text) ? now : null;
            });
  }

  /**
   * Types into a field of the page as it is now: waits for the field to be usable and finds it
   * afresh for every action, so no reference outlives the document it came from.
   */
  public void type(String css, String text) {
    By field = By.cssSelector(css);
    retrying().until(ExpectedConditions.elementToBeClickable(field)).clear();
    retrying().until(ExpectedConditions.elementToBeClickable(field)).sendKeys(text);
  }

  /** Clicks an element once it is usable. */
  public void click(String css) {
    retrying().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /**
   * Posts a Faces form and waits until the browser shows the response: the old document must be
   * gone (its root stale) and the new one loaded. Otherwise a wait for a message could read {@code
   * #messages} of the old page while the response replaces it ("Node with given id does not belong
   * to the document"), or pass on the old page's text.
   */
  public void submit(String css) {
    WebElement before = find("html");
    click(css);
    retrying()
        .until(
            d -> {
              try {
                before.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              }
            });
    retrying()
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * A wait that retries through the driver errors Chromium raises while one document replaces
   * another; the condition itself is unchanged and must still hold within the time.
   */
  private WebDriverWait retrying() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  public boolean onKeycloak() {
    return url().startsWith(Environment.keycloakUrl());
  }

  /**
   * Signs in on Keycloak's login page as a person does, and waits to be back off Keycloak. With
   * Organizations on, Keycloak may ask for the username and the password on two pages.
   */
  public void signIn(String username, String password) {
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
    // back on the portal, or (a level-2 page) on Keycloak's level-2 step the portal sent us to
    new WebDriverWait(driver, WAIT).until(d -> !onKeycloak() || onLevelTwoStep());
    signedInAs = username;
    staffStepUp();
  }

  /** Whether the page is Keycloak's "Sigillo level 2" step (code form or one of its notices). */
  public boolean onLevelTwoStep() {
    return onKeycloak() && !all("#sigillo-level-two").isEmpty();
  }

  /**
   * Answers Keycloak's level-2 step with a code sent by SMS, as a person does, and waits to be back
   * off Keycloak.
   */
  public void levelTwoBySms(Smsc smsc) throws InterruptedException {
    await("#sigillo-l2-sms-send");
    submit("#sigillo-l2-sms-send-button");
    type("#sms-code", smsc.next().code());
    click("#sigillo-l2-sms-verify");
    new WebDriverWait(driver, WAIT).until(d -> !onKeycloak());
  }

  /**
   * Answers Keycloak's level-2 step with a code of the OTP app and waits to be back off Keycloak.
   */
  public void levelTwoByApp(String code) {
    type("#app-code", code);
    click("#sigillo-l2-app-verify");
    new WebDriverWait(driver, WAIT).until(d -> !onKeycloak());
  }

  /**
   * From now on, every document records the Content-Security-Policy violations it reports, from
   * before its own content runs (a DevTools script, which the page's CSP does not govern).
   */
  public void recordCspViolations() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e =>"
                + " window.__cspViolations.push(e.violatedDirective + ' blocked '"
                + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
  }

  /**
   * The CSP violations the current document reported so far, after the events queued while it
   * loaded were delivered; fails when the document has no recorder ({@link #recordCspViolations}).
   */
  @SuppressWarnings("unchecked")
  public List<String> cspViolations() {
    Object violations =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " setTimeout(() => done(window.__cspViolations === undefined"
                + " ? null : window.__cspViolations), 250);");
    if (violations == null) {
      throw new IllegalStateException("no CSP recorder in " + url());
    }
    return (List<String>) violations;
  }

  /**
   * Shows the current page as a device of this size would (CDP {@code
   * Emulation.setDeviceMetricsOverride}): the same document and session, laid out again, so one
   * sign-in serves the scans of every size. {@code mobile} applies the page's viewport meta as a
   * phone does.
   */
  public void emulate(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Back to the window's own size after {@link #emulate}. */
  public void stopEmulating() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * The text of the QR code an element shows once it is visible, read as a phone's camera would:
   * the element's screenshot, decoded with ZXing. A camera keeps looking until it reads the code,
   * and so does this: the image must have been decoded by the browser ({@code complete} with a
   * natural width), and a screenshot taken while the page is still laying out (fonts, the image
   * arriving) is simply taken again, for up to {@link #WAIT}. A code never read leaves the last
   * screenshot under {@code target/} for the report.
   */
  public String qrCode(String id) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    byte[] png = null;
    Exception last = null;
    while (System.nanoTime() < deadline) {
      try {
        WebElement image = awaitVisible(By.id(id));
        Object ready =
            driver.executeScript(
                "const e = arguments[0];"
                    + " e.scrollIntoView({block: 'center', behavior: 'instant'});"
                    + " return e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0);",
                image);
        if (Boolean.TRUE.equals(ready)) {
          png = image.getScreenshotAs(OutputType.BYTES);
          return new QRCodeReader()
              .decode(
                  new BinaryBitmap(
                      new HybridBinarizer(
                          new BufferedImageLuminanceSource(
                              ImageIO.read(new ByteArrayInputStream(png))))),
                  Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
              .getText();
        }
      } catch (ReaderException | IOException | StaleElementReferenceException e) {
        last = e;
      }
      pause(250);
    }
    Path shot = Path.of("target", "unreadable-qr-" + System.currentTimeMillis() + ".png");
    if (png != null) {
      try {
        Files.write(shot, png);
      } catch (IOException e) {
        // the report still names the page
      }
    }
    throw new IllegalStateException(
        "no QR code readable in #"
            + id
            + " on "
            + url()
            + (png == null ? "" : " (see " + shot + ")"),
        last);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a QR code", e);
    }
  }

  /** Evaluates a script in the page and returns its result. */
  public Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover profile under target/ is harmless
    }
  }
}
