package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.text.HtmlText;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.selfcare.web.hardening.SecurityHeaders;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a catalogued error as an HTML page or, for API calls, as JSON. Plain servlet output on
 * purpose: it must work when Faces, CDI or the tenant lookup are the thing that failed.
 */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, ErrorCode code, Object... arguments)
      throws IOException {
    List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
    write(
        request,
        response,
        code.httpStatus(),
        ErrorCatalogue.describe(code, Languages.of(request), args));
  }

  /**
   * The catalogued error of a business call's failure (logged and answered as INTERNAL when it is
   * not catalogued), for servlets that call an EJB outside Faces and JAX-RS.
   */
  public static void sendFailure(
      HttpServletRequest request, HttpServletResponse response, RuntimeException failure)
      throws IOException {
    Optional<SigilloException> known = Failures.catalogued(failure);
    Failures.resolve(failure, RequestCorrelation.of(request));
    send(
        request,
        response,
        known.isPresent() ? known.get().code() : PlatformError.INTERNAL,
        known.map(k -> k.arguments().toArray()).orElse(new Object[0]));
  }

  /**
   * As {@link #send}, with a link back to a page of this portal ({@code backPath}: a path below the
   * context, with its query), for errors whose next step is to open that page again.
   */
  public static void sendWithBack(
      HttpServletRequest request, HttpServletResponse response, ErrorCode code, String backPath)
      throws IOException {
    write(
        request,
        response,
        code.httpStatus(),
        ErrorCatalogue.describe(code, Languages.of(request), List.of()),
        backPath);
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, int status, ErrorText text)
      throws IOException {
    write(request, response, status, text, null);
  }

  private static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      ErrorText text,
      String backPath)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    String correlationId = RequestCorrelation.of(request);
    // the support form offers this error's code and correlation id
    LastError.remember(request, text.code(), correlationId);
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader(RequestCorrelation.HEADER, correlationId);
    SecurityHeaders.apply(request, response);
    response.setCharacterEncoding("UTF-8");
    if (wantsJson(request)) {
      response.setContentType("application/json");
      response.getWriter().write(json(ErrorBody.of(text, correlationId)));
    } else {
      response.setContentType("text/html");
      html(
          response.getWriter(),
          text,
          correlationId,
          Languages.of(request),
          request.getContextPath(),
          backPath);
    }
  }

  static boolean wantsJson(HttpServletRequest request) {
    // an error dispatch (a web.xml constraint's 403) answers the original request's URI
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String u ? u : request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    String accept = request.getHeader("Accept");
    return path.startsWith("/api/")
        || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
  }

  private static String json(ErrorBody body) {
    return Json.createObjectBuilder()
        .add("code", body.code())
        .add("title", body.title())
        .add("message", body.message())
        .add("nextStep", body.nextStep())
        .add("correlationId", body.correlationId())
        .build()
        .toString();
  }

  private static void html(
      PrintWriter out,
      ErrorText text,
      String correlationId,
      Locale locale,
      String ctx,
      String backPath) {
    boolean en = Languages.ENGLISH.equals(locale);
    ErrorLabels labels = ErrorLabels.of(locale);
    out.write(
        "<!DOCTYPE html><html lang=\""
            + (en ? "en" : "it")
            + "\"><head><meta charset=\"UTF-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + escape(text.title())
            + "</title>"
            + "<link rel=\"stylesheet\" href=\""
            + escape(ctx)
            + "/resources/css/portal.css\"></head><body>"
            + "<main class=\"error-page\" id=\"main\"><h1>"
            + escape(text.title())
            + "</h1>"
            + "<p class=\"error-message\">"
            + escape(text.message())
            + "</p>"
            + "<p class=\"error-next\"><strong>"
            + escape(labels.whatToDo())
            + "</strong> "
            + escape(text.nextStep())
            + "</p>"
            + "<p class=\"error-ref\">"
            + escape(labels.errorCode())
            + ": <code class=\"error-code\">"
            + escape(text.code())
            + "</code> &middot; "
            + escape(labels.correlationId())
            + ": <code class=\"correlation-id\">"
            + escape(correlationId)
            + "</code></p>"
            + (backPath == null
                ? ""
                : "<p><a id=\"back-to-page\" href=\""
                    + escape(ctx + backPath)
                    + "\">"
                    + (en ? "Back to the page" : "Torna alla pagina")
                    + "</a></p>")
            + "<p><a href=\""
            + escape(ctx)
            + "/\">"
            + (en ? "Home page" : "Pagina iniziale")
            + "</a> &middot; <a id=\"ask-for-help\" href=\""
            + escape(ctx)
            + "/support/new.xhtml?code="
            + escape(text.code())
            + "&amp;corr="
            + escape(correlationId)
            + "\">"
            + (en ? "Ask for help" : "Richiedi assistenza")
            + "</a></p>"
            + "</main></body></html>");
  }

  /** HTML-escapes text for element content and quoted attributes. */
  public static String escape(String value) {
    return HtmlText.escape(value);
  }
}
