package io.sigillo.selfcare.limits;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies {@link RateLimits} and {@link BodyLimits} before any page or resource runs (after the
 * tenant is resolved: an unknown host has already had its answer).
 *
 * <p>A body whose Content-Length is over the limit is refused without reading a byte of it. A body
 * without a Content-Length (chunked) is counted as the application reads it and reading stops at
 * the limit; the refusal is then the same 413. Form posts and multipart uploads are parsed by the
 * container itself, which reads past this counter: those rely on the Content-Length check (every
 * browser sends one) and on the container's own multipart limits in web.xml.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Code-checking endpoints that name the device in their path: limited per account+device. */
  private static final Pattern CODE_CHECK_BY_PATH =
      Pattern.compile(
          "/api/otp/devices/([0-9]{1,19})/(confirm|resync|self-unlock)"
              + "|/api/signature/contacts/changes/([^/]{1,64})/confirm"
              + "|/api/signature/password(/reset/([^/]{1,64})/confirm)?");

  private transient BodyLimits bodies;
  private transient List<String> addressLimited;

  @Inject private RateLimits rates;
  @Inject private CurrentTenant tenant;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    bodies = BodyLimits.from(config);
    // endpoints anyone may call without signing in
    addressLimited =
        config
            .getOptionalValues("sigillo.limits.rate.address.paths", String.class)
            .orElse(List.of("/api/holder-data/check"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (addressLimited.stream().anyMatch(path::startsWith)) {
      long wait = rates.fromAddress(request.getRemoteAddr(), path);
      if (wait > 0) {
        tooMany(request, response, wait);
        return;
      }
    }
    Matcher codeCheck = CODE_CHECK_BY_PATH.matcher(path);
    if (codeCheck.matches() && tenant.resolved()) {
      Principal caller = request.getUserPrincipal();
      String who = caller == null ? "-" : caller.getName();
      String subject =
          codeCheck.group(1) != null
              ? "device:" + codeCheck.group(1)
              // a contact change and a password change or reset are the signed-in holder's own
              : codeCheck.group(3) != null
                  ? "change:" + who + ":" + codeCheck.group(3)
                  : "password:" + who;
      try {
        rates.requireCodeCheck(tenant.id(), subject);
      } catch (SigilloException e) {
        tooMany(request, response, Long.parseLong(e.arguments().get(0).toString()));
        return;
      }
    }
    long limit = bodies.limitFor(path, request.getContentType());
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      // refused unread: nothing of the body reaches the application
      ErrorResponses.send(request, response, PlatformError.REQUEST_TOO_LARGE, limit / 1024);
      return;
    }
    HttpServletRequest counted = declared >= 0 ? request : new CountedRequest(request, limit);
    try {
      chain.doFilter(counted, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (BodyTooLargeException.in(e).isPresent() && !response.isCommitted()) {
        ErrorResponses.send(request, response, PlatformError.REQUEST_TOO_LARGE, limit / 1024);
        return;
      }
      throw e;
    }
  }

  private static void tooMany(
      HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
    response.setHeader("Retry-After", Long.toString(seconds));
    ErrorResponses.send(request, response, PlatformError.TOO_MANY_REQUESTS, seconds);
  }

  /** The request with its body counted as it is read. */
  private static final class CountedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream body;

    CountedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new LimitedInputStream(super.getInputStream(), limit);
      }
      return body;
    }
  }
}
