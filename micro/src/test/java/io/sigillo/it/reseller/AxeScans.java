package io.sigillo.it.reseller;

import io.sigillo.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The pages (and page states) one test scans with axe: every scan prints its figures in the form
 * the closing note collects ({@code axe <who> <lang> <page>: passed rules N, violations {...}}),
 * keeps a screenshot under {@code target/screenshots}, and remembers the serious and critical
 * violations for the test's assertion.
 */
public final class AxeScans {

  private final Map<String, List<String>> serious = new LinkedHashMap<>();

  /** Scans the page Chromium shows now; {@code page} names the page and its state. */
  public Axe.Result scan(Chromium chromium, String who, String page) {
    String language = String.valueOf(chromium.script("return document.documentElement.lang;"));
    Axe.Result result = Axe.scan(chromium);
    String label = who + " " + language + " " + page;
    System.out.println(
        "axe "
            + label
            + ": passed rules "
            + result.passedRules()
            + ", violations "
            + result.countsByImpact()
            + (result.serious().isEmpty() ? "" : " " + result.serious()));
    if (serious.containsKey(label)) {
      throw new IllegalStateException("scanned twice under one name: " + label);
    }
    serious.put(label, result.serious());
    screenshot(chromium.driver(), label);
    return result;
  }

  /** Every page scanned, as labelled. */
  public Set<String> pages() {
    return serious.keySet();
  }

  /** The pages with a serious or critical violation, with what axe found there. */
  public Map<String, List<String>> failing() {
    Map<String, List<String>> failing = new LinkedHashMap<>();
    serious.forEach(
        (page, found) -> {
          if (!found.isEmpty()) {
            failing.put(page, found);
          }
        });
    return failing;
  }

  private static void screenshot(WebDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "_") + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
