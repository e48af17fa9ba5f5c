package io.sigillo.it.reseller;

import io.sigillo.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package, installed once under {@code target/axe} with npm from the registry)
 * injected into the page Chromium shows, and run there. Only serious and critical violations are
 * returned: the bar the portal must meet on every page.
 */
public final class Axe {

  static final String VERSION = "4.14.1";

  private static String source;

  private Axe() {}

  /** What axe found on one page: serious/critical violations in full, every impact counted. */
  public record Result(List<String> serious, Map<String, Long> countsByImpact, long passedRules) {}

  /** Runs axe on the current page of the shared test browser. */
  public static Result scan(Chromium chromium) {
    return scan(chromium.driver());
  }

  /**
   * Runs axe on the page a browser shows now. A driver, not a browser helper, so any package's
   * browser can be scanned.
   */
  public static Result scan(WebDriver driver) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    page.executeScript(script());
    Object result =
        page.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done({passes: r.passes.length, violations: r.violations"
                + ".map(v => ({id: v.id, impact: v.impact,"
                + " targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))}))"
                + ".catch(e => done({passes: 0, violations:"
                + " [{id: 'axe-error', impact: 'critical', targets: String(e)}]}));");
    Map<?, ?> outcome = (Map<?, ?>) result;
    List<String> serious = new ArrayList<>();
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (Object item : (List<?>) outcome.get("violations")) {
      Map<?, ?> v = (Map<?, ?>) item;
      String impact = String.valueOf(v.get("impact"));
      counts.merge(impact, 1L, Long::sum);
      if ("serious".equals(impact) || "critical".equals(impact)) {
        serious.add(impact + " " + v.get("id") + ": " + v.get("targets"));
      }
    }
    return new Result(serious, counts, ((Number) outcome.get("passes")).longValue());
  }

  private static synchronized String script() {
    if (source == null) {
      Path dir = Path.of(System.getProperty("sigillo.it.axe.dir", "target/axe")).toAbsolutePath();
      Path file = dir.resolve("node_modules/axe-core/axe.min.js");
      if (!Files.isRegularFile(file)) {
        install(dir);
      }
      try {
        source = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  private static void install(Path dir) {
    try {
      Files.createDirectories(dir);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--prefix",
                  dir.toString(),
                  "--no-save",
                  "--no-audit",
                  "--no-fund",
                  "--no-package-lock",
                  "axe-core@" + VERSION)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
        npm.destroyForcibly();
        throw new IllegalStateException("npm could not install axe-core; see " + dir + "/npm.log");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("npm is needed for the accessibility test", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
