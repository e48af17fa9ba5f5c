package io.sigillo.it.keycloak;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills Keycloak's real login pages the way a person does. With Organizations enabled Keycloak may
 * ask for the username first and the password on a second page, so each page is read for the fields
 * it actually has.
 */
final class KeycloakLoginForm {

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

  private KeycloakLoginForm() {}

  static boolean isLoginPage(Browser.Page page) {
    return page.status() == 200
        && page.url().getPath().contains("/realms/")
        && (page.body().contains("name=\"username\"") || page.body().contains("name=\"password\""));
  }

  /** Signs in from a Keycloak login page; returns the first page after Keycloak. */
  static Browser.Page signIn(Browser browser, Browser.Page loginPage, String user, String pass) {
    Browser.Page page = loginPage;
    for (int step = 0; step < 3 && isLoginPage(page); step++) {
      Matcher form = FORM.matcher(page.body());
      if (!form.find()) {
        throw new IllegalStateException("no form on Keycloak's page: " + page.body());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher input = INPUT.matcher(form.group(2));
      while (input.find()) {
        Matcher name = NAME.matcher(input.group(1));
        if (!name.find()) {
          continue;
        }
        Matcher value = VALUE.matcher(input.group(1));
        fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
      }
      if (fields.containsKey("username")) {
        fields.put("username", user);
      }
      if (fields.containsKey("password")) {
        fields.put("password", pass);
      }
      page = browser.submit(page.url().resolve(unescape(form.group(1))), fields);
    }
    return page;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
