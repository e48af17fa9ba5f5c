package io.sigillo.selfcare.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a file's bytes: its declared type only ({@code nosniff}, so a browser never guesses a
 * script out of an upload), its length, and the caching rule its owner chose.
 */
final class FileResponses {

  /** Public for a day: a CA certificate, a logo whose URL changes with each upload. */
  static final String PUBLIC_DAY = "public, max-age=86400";

  /**
   * For an uploaded image, SVG included: no script, no load, even when opened directly (inline
   * styles allowed, which an SVG logo may carry).
   */
  static final String IMAGE_SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  private FileResponses() {}

  static void send(HttpServletResponse response, String type, byte[] body, String cacheControl)
      throws IOException {
    response.setContentType(type);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", cacheControl);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** An uploaded file, under a content security policy that keeps it inert. */
  static void sendSandboxed(
      HttpServletResponse response, String type, byte[] body, String cacheControl, String policy)
      throws IOException {
    response.setHeader("Content-Security-Policy", policy);
    send(response, type, body, cacheControl);
  }
}
