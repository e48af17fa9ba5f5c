package io.sigillo.selfcare.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operating system and browser from a User-Agent header, for the support form: what an operator
 * needs to picture the person's screen, not a fingerprint. Order matters: Edge and Opera also say
 * "Chrome", Chrome also says "Safari", iPadOS may say "Macintosh".
 */
public final class UserAgents {

  private static final Pattern ANDROID = Pattern.compile("Android (\\d+)");
  private static final Pattern IOS = Pattern.compile("(?:iPhone|iPad|iPod).*? OS (\\d+)");
  private static final Pattern MAC = Pattern.compile("Mac OS X (\\d+)[_.](\\d+)");
  private static final Pattern WINDOWS = Pattern.compile("Windows NT (\\d+\\.\\d+)");
  private static final Pattern EDGE = Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)");
  private static final Pattern OPERA = Pattern.compile("(?:OPR|Opera)/(\\d+)");
  private static final Pattern SAMSUNG = Pattern.compile("SamsungBrowser/(\\d+)");
  private static final Pattern FIREFOX = Pattern.compile("(?:Firefox|FxiOS)/(\\d+)");
  private static final Pattern CHROME = Pattern.compile("(?:Chrome|Chromium|CriOS)/(\\d+)");
  private static final Pattern SAFARI = Pattern.compile("Version/(\\d+).*Safari/");

  private UserAgents() {}

  /**
   * The kind of device, as the activity page names it: {@code PHONE}, {@code TABLET} or {@code
   * COMPUTER} (iPadOS that says "Macintosh" reads as a computer: the header cannot tell).
   */
  public static String deviceType(String userAgent) {
    String ua = userAgent == null ? "" : userAgent;
    if (ua.contains("iPad")
        || ua.contains("Tablet")
        || (ua.contains("Android") && !ua.contains("Mobile"))) {
      return "TABLET";
    }
    if (ua.contains("Mobile") || ua.contains("iPhone") || ua.contains("Android")) {
      return "PHONE";
    }
    return "COMPUTER";
  }

  public static String os(String userAgent) {
    String ua = userAgent == null ? "" : userAgent;
    Matcher m;
    if ((m = ANDROID.matcher(ua)).find()) {
      return "Android " + m.group(1);
    }
    if ((m = IOS.matcher(ua)).find()) {
      return (ua.contains("iPad") ? "iPadOS " : "iOS ") + m.group(1);
    }
    if ((m = WINDOWS.matcher(ua)).find()) {
      // Windows 11 reports NT 10.0 as well: the header cannot tell them apart
      return switch (m.group(1)) {
        case "10.0" -> "Windows 10/11";
        case "6.3" -> "Windows 8.1";
        case "6.1" -> "Windows 7";
        default -> "Windows";
      };
    }
    if ((m = MAC.matcher(ua)).find()) {
      return "macOS " + m.group(1) + "." + m.group(2);
    }
    if (ua.contains("CrOS")) {
      return "ChromeOS";
    }
    if (ua.contains("Linux")) {
      return "Linux";
    }
    return "?";
  }

  public static String browser(String userAgent) {
    String ua = userAgent == null ? "" : userAgent;
    Matcher m;
    if ((m = EDGE.matcher(ua)).find()) {
      return "Edge " + m.group(1);
    }
    if ((m = OPERA.matcher(ua)).find()) {
      return "Opera " + m.group(1);
    }
    if ((m = SAMSUNG.matcher(ua)).find()) {
      return "Samsung Internet " + m.group(1);
    }
    if ((m = FIREFOX.matcher(ua)).find()) {
      return "Firefox " + m.group(1);
    }
    if ((m = CHROME.matcher(ua)).find()) {
      return (ua.contains("HeadlessChrome") ? "Chrome (headless) " : "Chrome ") + m.group(1);
    }
    if ((m = SAFARI.matcher(ua)).find()) {
      return "Safari " + m.group(1);
    }
    return "?";
  }
}
