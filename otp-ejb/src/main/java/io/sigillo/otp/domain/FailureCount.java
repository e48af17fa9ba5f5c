package io.sigillo.otp.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Consecutive failed attempts of one device for one purpose, and when the last one happened. */
public record FailureCount(int consecutive, Optional<Instant> lastFailureAt) {

  public static final FailureCount NONE = new FailureCount(0, Optional.empty());

  public FailureCount {
    Objects.requireNonNull(lastFailureAt, "lastFailureAt");
    if (consecutive < 0 || (consecutive > 0) != lastFailureAt.isPresent()) {
      throw new IllegalArgumentException("a failure count has a time exactly when it is not zero");
    }
  }

  /** The count after one more failure at {@code at}. */
  public FailureCount plusOne(Instant at) {
    return new FailureCount(consecutive + 1, Optional.of(at));
  }
}
