package io.sigillo.it.reseller;

import io.sigillo.it.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The pages (and page states) one test scans with axe, each at a desktop's and a phone's size:
 * every scan prints its figures in the form the closing note collects ({@code axe <who> <lang>
 * <page> <size>: passed rules N, violations {...}}), checks that nothing is wider than the viewport
 * (the elements that are, if any), keeps a screenshot under {@code target/screenshots}, and
 * remembers the serious and critical violations and overflows for the test's assertion.
 */
public final class AxeScans {

  /** A screen the portal must work on. */
  public record Size(String name, int width, int height, boolean mobile) {}

  /** Issue 15: a desktop (1280×800) and a phone (390×844), every page at both. */
  public static final List<Size> SIZES =
      List.of(new Size("desktop", 1280, 800, false), new Size("phone", 390, 844, true));

  /**
   * The elements that reach past the right edge of a viewport {@code arguments[0]} px wide, when
   * the document scrolls sideways: the outermost ones (their children are the same finding),
   * described as tag#id.class and their right edge; hidden ones too (an invisible tooltip still
   * widens the page), marked so.
   */
  private static final String OVERFLOW =
      "const width = arguments[0];"
          + "const root = document.documentElement;"
          + "if (root.scrollWidth <= width) return [];"
          + "const wide = [...document.body.querySelectorAll('*')].filter(e => {"
          + "  const r = e.getBoundingClientRect();"
          + "  return r.width > 0 && r.right > width + 1;"
          + "});"
          + "const outermost = wide.filter(e => !wide.some(o => o !== e && o.contains(e)));"
          + "const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "  + [...e.classList].map(c => '.' + c).join('');"
          + "const found = outermost.slice(0, 8).map(e => name(e) + ' (right edge '"
          + "  + Math.round(e.getBoundingClientRect().right) + ' px'"
          + "  + (getComputedStyle(e).visibility === 'hidden' ? ', hidden' : '') + ')');"
          + "return found.length ? found : ['the document (scrollWidth ' + root.scrollWidth + ' px)'];";

  private final Map<String, List<String>> serious = new LinkedHashMap<>();

  /**
   * Scans the page Chromium shows now at every size ({@link #SIZES}), then gives the window back
   * its own size; {@code page} names the page and its state. Returns the desktop scan.
   */
  public Axe.Result scan(Chromium chromium, String who, String page) {
    String language = String.valueOf(chromium.script("return document.documentElement.lang;"));
    String label = who + " " + language + " " + page;
    if (serious.containsKey(label)) {
      throw new IllegalStateException("scanned twice under one name: " + label);
    }
    List<String> found = new ArrayList<>();
    Axe.Result first = null;
    try {
      for (Size size : SIZES) {
        chromium.emulate(size.width(), size.height(), size.mobile());
        Axe.Result result = Axe.scan(chromium);
        List<String> overflow = overflow(chromium, size.width());
        System.out.println(
            "axe "
                + label
                + " "
                + size.name()
                + ": passed rules "
                + result.passedRules()
                + ", violations "
                + result.countsByImpact()
                + (result.serious().isEmpty() ? "" : " " + result.serious())
                + (overflow.isEmpty() ? "" : ", wider than " + size.width() + " px: " + overflow));
        result.serious().forEach(violation -> found.add(size.name() + " " + violation));
        overflow.forEach(
            element -> found.add(size.name() + " wider than the viewport: " + element));
        screenshot(chromium.driver(), label + " " + size.name());
        first = first == null ? result : first;
      }
    } finally {
      chromium.stopEmulating();
    }
    serious.put(label, found);
    return first;
  }

  /** The elements of the page that overflow a viewport of this width (none: an empty list). */
  @SuppressWarnings("unchecked")
  public static List<String> overflow(Chromium chromium, int width) {
    return (List<String>) chromium.script(OVERFLOW, width);
  }

  /** Every page scanned, as labelled (each at every size). */
  public Set<String> pages() {
    return serious.keySet();
  }

  /**
   * The pages with a serious or critical violation or an element wider than the viewport, with what
   * was found there and at which size.
   */
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
