package io.sigillo.selfcare.web.hardening;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response whose cookies get their attributes at every point where it may be committed: before
 * the body is written, before a redirect or an error is sent, and when the caller is done with it
 * ({@link #hardenCookies()}). A session cookie the container adds later than that could not be sent
 * anyway.
 */
final class CookieHardeningResponse extends HttpServletResponseWrapper {

  private final HttpServletRequest request;
  private final boolean overTls;

  CookieHardeningResponse(
      HttpServletRequest request, HttpServletResponse response, boolean overTls) {
    super(response);
    this.request = request;
    this.overTls = overTls;
  }

  void hardenCookies() {
    CookieAttributes.harden((HttpServletResponse) getResponse(), overTls);
  }

  /** A download resets the response: its security headers come back. */
  @Override
  public void reset() {
    super.reset();
    SecurityHeaders.apply(request, (HttpServletResponse) getResponse());
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    hardenCookies();
    return super.getWriter();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    hardenCookies();
    return super.getOutputStream();
  }

  @Override
  public void flushBuffer() throws IOException {
    hardenCookies();
    super.flushBuffer();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    hardenCookies();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int status) throws IOException {
    hardenCookies();
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    hardenCookies();
    super.sendError(status, message);
  }
}
