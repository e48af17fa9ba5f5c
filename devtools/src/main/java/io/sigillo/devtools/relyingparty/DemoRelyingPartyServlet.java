package io.sigillo.devtools.relyingparty;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.text.HtmlText;
import io.sigillo.devtools.relyingparty.RelyingPartyLogin.LoginException;
import io.sigillo.devtools.relyingparty.RelyingPartyLogin.Pending;
import io.sigillo.devtools.relyingparty.RelyingPartyLogin.SignedIn;
import io.sigillo.devtools.relyingparty.RelyingPartyLogin.Started;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.selfcare.web.hardening.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo public-administration site, "Comune di Esempio": a home page with "sign in with SPID
 * level 2" (and level 1, to try the step-up), the callback, and logout through Keycloak. After the
 * login it shows the name and the level Keycloak vouched for in the ID token's {@code acr}, and
 * whether that level is the one asked for: a real site must refuse a lower one, since a client's
 * {@code acr_values} is only a request. Registered by {@link DemoRelyingPartyPublication}.
 */
public class DemoRelyingPartyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DemoRelyingPartyServlet.class.getName());
  private static final String BUNDLE = "io.sigillo.devtools.relyingparty.DemoRelyingParty";
  static final String PENDING = DemoRelyingPartyServlet.class.getName() + ".pending";
  static final String SIGNED_IN = DemoRelyingPartyServlet.class.getName() + ".signedIn";

  @Inject private transient RelyingPartySettings settings;
  @Inject private transient RelyingPartyLogin login;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    URI home = settings.home();
    if (!sameOrigin(request, home) || path.isEmpty()) {
      // the session cookie and the registered redirect URI live on the configured address only
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      response.sendRedirect(home.resolve(path.startsWith("/") ? path.substring(1) : path) + query);
      return;
    }
    switch (path) {
      case "/" -> page(request, response);
      case "/login" -> start(request, response);
      case "/callback" -> callback(request, response);
      case "/logout" -> logout(request, response);
      default -> ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SpidLevel level = "1".equals(request.getParameter("level")) ? SpidLevel.L1 : SpidLevel.L2;
    try {
      Started started = login.start(level, Languages.of(request));
      request.getSession(true).setAttribute(PENDING, started.pending());
      response.sendRedirect(started.authorizationUrl().toString());
    } catch (LoginException e) {
      fail(request, response, e);
    }
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
    if (session != null) {
      // one use: a callback URL replayed later finds nothing to complete
      session.removeAttribute(PENDING);
    }
    try {
      if (request.getParameter("error") != null) {
        throw new LoginException(
            "Keycloak answered error " + request.getParameter("error"), null, false);
      }
      SignedIn signedIn =
          login.finish(pending, request.getParameter("state"), request.getParameter("code"));
      // a new session id at the privilege change, so a planted id is worth nothing
      request.changeSessionId();
      request.getSession().setAttribute(SIGNED_IN, signedIn);
      LOG.info(
          () ->
              "["
                  + RequestCorrelation.of(request)
                  + "] demo relying party: "
                  + signedIn.username()
                  + " signed in, acr "
                  + signedIn.acr());
      response.sendRedirect(settings.home().toString());
    } catch (LoginException e) {
      fail(request, response, e);
    }
  }

  private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    Optional<SignedIn> signedIn = signedIn(request);
    if (session != null) {
      session.invalidate();
    }
    if (signedIn.isEmpty()) {
      response.sendRedirect(settings.home().toString());
      return;
    }
    try {
      // Keycloak's session ends too, or the next "sign in" would pass without a password
      response.sendRedirect(login.logout(signedIn.get()).toString());
    } catch (LoginException e) {
      fail(request, response, e);
    }
  }

  private void fail(HttpServletRequest request, HttpServletResponse response, LoginException e)
      throws IOException {
    PlatformError code =
        e.unavailable() ? PlatformError.LOGIN_UNAVAILABLE : PlatformError.LOGIN_FAILED;
    LOG.log(
        e.unavailable() ? Level.WARNING : Level.INFO,
        "[" + RequestCorrelation.of(request) + "] demo relying party: " + e.getMessage(),
        e.getCause());
    ErrorResponses.sendWithBack(request, response, code, RelyingPartySettings.PATH);
  }

  private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = Languages.of(request);
    boolean english = Languages.ENGLISH.equals(locale);
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            english ? Locale.ENGLISH : Locale.ROOT,
            DemoRelyingPartyServlet.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String base = request.getContextPath() + RelyingPartySettings.PATH;
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + (english ? "en" : "it") + "\"><head><meta charset=\"UTF-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + html(text.getString("title")) + "</title>");
    out.println(
        "<style nonce=\""
            + SecurityHeaders.nonce(request)
            + "\">body{font-family:system-ui,sans-serif;margin:0;color:#1c1c1c}"
            + "header{background:#1a4d80;color:#fff;padding:1rem 2rem}header p{margin:.2rem 0 0}"
            + "main{padding:1.5rem 2rem;max-width:46rem}.demo{background:#fff3cd;border:1px solid"
            + " #e0c060;padding:.6rem}.button{display:inline-block;background:#0066cc;color:#fff;"
            + "padding:.7rem 1.2rem;border-radius:4px;text-decoration:none;font-weight:600}"
            + ".secondary{margin-left:1rem}dl{display:grid;grid-template-columns:max-content auto;"
            + "gap:.4rem 1rem}dt{font-weight:600}.ok{color:#1e6b1e}.low{color:#a30000}"
            + "code{word-break:break-all}</style></head><body>");
    out.println("<header><h1>" + html(text.getString("title")) + "</h1>");
    out.println("<p>" + html(text.getString("subtitle")) + "</p></header><main>");
    out.println("<p class=\"demo\">" + html(text.getString("demo")) + "</p>");
    Optional<SignedIn> signedIn = signedIn(request);
    if (signedIn.isEmpty()) {
      out.println("<p>" + html(text.getString("intro")) + "</p>");
      out.println(
          "<p><a id=\"login-l2\" class=\"button\" href=\""
              + base
              + "login?level=2\">"
              + html(text.getString("login.l2"))
              + "</a><a id=\"login-l1\" class=\"secondary\" href=\""
              + base
              + "login?level=1\">"
              + html(text.getString("login.l1"))
              + "</a></p>");
    } else {
      SignedIn who = signedIn.get();
      Optional<SpidLevel> level = SpidLevel.ofAcr(who.acr());
      boolean enough = level.isPresent() && level.get().compareTo(who.requested()) >= 0;
      out.println("<h2>" + html(text.getString("signedIn.title")) + "</h2><dl>");
      out.println(
          "<dt>"
              + html(text.getString("signedIn.name"))
              + "</dt><dd id=\"name\">"
              + html(who.name())
              + "</dd>");
      out.println(
          "<dt>"
              + html(text.getString("signedIn.username"))
              + "</dt><dd id=\"username\">"
              + html(who.username())
              + "</dd>");
      out.println(
          "<dt>"
              + html(text.getString("signedIn.requested"))
              + "</dt><dd id=\"requested\"><code>"
              + html(who.requested().uri())
              + "</code></dd>");
      out.println(
          "<dt>"
              + html(text.getString("signedIn.acr"))
              + "</dt><dd><code id=\"acr\">"
              + html(who.acr())
              + "</code><br><span id=\"level\">"
              + html(text.getString(level.map(l -> "level." + l.name()).orElse("level.other")))
              + "</span></dd></dl>");
      out.println(
          "<p id=\"verdict\" class=\""
              + (enough ? "ok" : "low")
              + "\">"
              + html(text.getString(enough ? "verdict.enough" : "verdict.low"))
              + "</p>");
      out.println(
          "<p><a id=\"login-l2\" class=\"button\" href=\""
              + base
              + "login?level=2\">"
              + html(text.getString("again.l2"))
              + "</a><a id=\"logout\" class=\"secondary\" href=\""
              + base
              + "logout\">"
              + html(text.getString("logout"))
              + "</a></p>");
    }
    out.println(
        "<p><a id=\"language\" href=\""
            + request.getContextPath()
            + "/lang?to="
            + (english ? "it" : "en")
            + "&amp;back="
            + RelyingPartySettings.PATH
            + "\">"
            + html(text.getString("switch"))
            + "</a></p>");
    out.println("</main></body></html>");
  }

  private static Optional<SignedIn> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(SIGNED_IN);
    return value instanceof SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
  }

  /** Whether the request came to the configured address (scheme, host and port). */
  static boolean sameOrigin(HttpServletRequest request, URI home) {
    int homePort =
        home.getPort() == -1 ? ("https".equals(home.getScheme()) ? 443 : 80) : home.getPort();
    return request.getScheme().equalsIgnoreCase(home.getScheme())
        && request.getServerName().equalsIgnoreCase(home.getHost())
        && request.getServerPort() == homePort;
  }

  static String html(String value) {
    return HtmlText.escape(value);
  }
}
