package io.sigillo.selfcare.limits;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * How large a request body may be, by endpoint: uploads (files in multipart forms, and the API
 * paths that take a file as their body) get {@code upload-kb}; Faces form posts {@code form-kb};
 * everything else, the JSON API first of all, {@code json-kb}. Each upload feature still checks its
 * own, smaller limit (a logo 100 KB, a screenshot or a PDF 5 MB) with its own catalogued error;
 * this is the bound on what reaches it at all.
 */
record BodyLimits(long jsonBytes, long formBytes, long uploadBytes, List<Pattern> uploadPaths) {

  /**
   * The API paths whose body is a file: a PDF to sign (5 MB, base64 in JSON), a vendor's token
   * file, a tenant's logo.
   */
  static final String UPLOAD_PATHS =
      "/api/signature/sign,/api/otp/tokens/import,/api/platform/tenants/[^/]+/logo";

  static BodyLimits from(Config config) {
    return new BodyLimits(
        kilobytes(config, "sigillo.limits.body.json-kb", 64),
        kilobytes(config, "sigillo.limits.body.form-kb", 512),
        // the container's multipart max-request-size (web.xml), 21 MB
        kilobytes(config, "sigillo.limits.body.upload-kb", 21_504),
        config
            .getOptionalValues("sigillo.limits.body.upload-paths", String.class)
            .orElse(List.of(UPLOAD_PATHS.split(",")))
            .stream()
            .map(Pattern::compile)
            .toList());
  }

  private static long kilobytes(Config config, String name, long defaultKb) {
    return config.getOptionalValue(name, Long.class).orElse(defaultKb) * 1024;
  }

  /** The limit in bytes for a body sent to this path with this content type. */
  long limitFor(String path, String contentType) {
    if (uploadPaths.stream().anyMatch(p -> p.matcher(path).matches())) {
      return uploadBytes;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      return uploadBytes;
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return formBytes;
    }
    return jsonBytes;
  }
}
