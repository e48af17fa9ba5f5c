package io.sigillo.selfcare.limits;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import java.io.IOException;

/**
 * A request body read past its limit. An {@link IOException}, so that whoever is reading (the JSON
 * binding, a servlet) stops as it would on a broken connection; the API's mapper and {@link
 * RequestLimitFilter} turn it into the catalogued 413.
 */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public BodyTooLargeException(long limitBytes) {
    // the catalogued refusal travels as the cause, found by whoever maps the failure
    super(
        "request body larger than " + limitBytes + " bytes",
        new SigilloException(PlatformError.REQUEST_TOO_LARGE, limitBytes / 1024));
    this.limitBytes = limitBytes;
  }

  public long limitKilobytes() {
    return limitBytes / 1024;
  }

  /** The exception in a cause chain, if a body limit is why reading failed. */
  public static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return java.util.Optional.of(tooLarge);
      }
    }
    return java.util.Optional.empty();
  }
}
