package io.sigillo.devtools.relyingparty;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.devtools.relyingparty.RelyingPartyLogin.SignedIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the demo site shows after a login: the name, the level asked for and the level Keycloak
 * returned, and whether that level is enough, since a site must refuse less than it asked for. The
 * login itself runs against the real Keycloak in the demo (docs/relying-parties.md).
 */
class DemoRelyingPartyServletTest {

  private static final String HOME = "http://localhost:8080/demo-pa/";

  /** What one GET answered: the page, or where it redirected. */
  private record Answer(String body, String redirect) {}

  private static Answer get(String host, String path, SignedIn signedIn, String language)
      throws Exception {
    RelyingPartySettings settings = new RelyingPartySettings();
    set(settings, "url", HOME);
    DemoRelyingPartyServlet servlet = new DemoRelyingPartyServlet();
    set(servlet, "settings", settings);
    Map<String, Object> attributes = new java.util.HashMap<>();
    if (signedIn != null) {
      attributes.put(DemoRelyingPartyServlet.SIGNED_IN, signedIn);
    }
    HttpSession session =
        (HttpSession)
            Proxy.newProxyInstance(
                DemoRelyingPartyServletTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) ->
                    method.getName().equals("getAttribute") ? attributes.get(args[0]) : null);
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                DemoRelyingPartyServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getCookies" -> new Cookie[] {new Cookie("lang", language)};
                      case "getContextPath" -> "";
                      case "getPathInfo" -> path;
                      case "getScheme" -> "http";
                      case "getServerName" -> host;
                      case "getServerPort" -> 8080;
                      case "getSession" -> session;
                      default -> null;
                    });
    StringWriter body = new StringWriter();
    PrintWriter writer = new PrintWriter(body);
    String[] redirect = {null};
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                DemoRelyingPartyServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sendRedirect")) {
                    redirect[0] = (String) args[0];
                  }
                  return method.getName().equals("getWriter") ? writer : null;
                });
    servlet.doGet(request, response);
    writer.flush();
    return new Answer(body.toString(), redirect[0]);
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static SignedIn signedIn(String name, SpidLevel returned, SpidLevel requested) {
    return new SignedIn(name, "sara.esposito", returned.uri(), requested, "id-token");
  }

  @Test
  void aLevelOneAnswerToALevelTwoRequestIsShownAsNotEnough() throws Exception {
    String page =
        get("localhost", "/", signedIn("Sara Esposito", SpidLevel.L1, SpidLevel.L2), "it").body();

    assertThat(page).contains("<code id=\"acr\">https://www.spid.gov.it/SpidL1</code>");
    assertThat(page).contains("Livello 1: solo password");
    assertThat(page).contains("id=\"verdict\" class=\"low\"").contains("deve rifiutare");
  }

  @Test
  void aLevelTwoAnswerIsEnoughAndTheNameIsEscaped() throws Exception {
    String page =
        get("localhost", "/", signedIn("<b>Sara</b>", SpidLevel.L2, SpidLevel.L2), "en").body();

    assertThat(page).contains("Level 2: password and OTP code");
    assertThat(page).contains("id=\"verdict\" class=\"ok\"");
    assertThat(page).contains("&lt;b&gt;Sara&lt;/b&gt;").doesNotContain("<b>Sara</b>");
  }

  @Test
  void withoutALoginThePageOffersLevelTwoFirst() throws Exception {
    String page = get("localhost", "/", null, "it").body();

    assertThat(page).contains("Accedi con SPID livello 2");
    assertThat(page.indexOf("login?level=2")).isLessThan(page.indexOf("login?level=1"));
  }

  @Test
  void anotherHostNameIsSentToTheRegisteredAddressWhereTheCallbackWillCome() throws Exception {
    Answer answer = get("127.0.0.1", "/login", null, "it");

    assertThat(answer.redirect()).isEqualTo(HOME + "login");
    assertThat(answer.body()).isEmpty();
  }
}
