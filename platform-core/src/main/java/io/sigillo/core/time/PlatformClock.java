package io.sigillo.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Source of the {@link Clock} injected everywhere time matters (OTP steps, code expiry, renewal
 * windows). In production it is the system clock. With {@code sigillo.clock.adjustable=true} (tests
 * and the demo only) the clock can be moved forward or back, so expiry and drift can be proven
 * without sleeping.
 */
@ApplicationScoped
public class PlatformClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final boolean adjustable;

  /** For CDI proxies only. */
  protected PlatformClock() {
    this.adjustable = false;
  }

  @Inject
  public PlatformClock(
      @ConfigProperty(name = "sigillo.clock.adjustable", defaultValue = "false")
          boolean adjustable) {
    this.adjustable = adjustable;
  }

  @Produces
  public Clock clock() {
    return new OffsetClock(this);
  }

  /** Moves the platform's notion of "now"; refused unless the clock was configured adjustable. */
  public void travel(Duration by) {
    if (!adjustable) {
      throw new IllegalStateException("the platform clock is not adjustable in this configuration");
    }
    offset.accumulateAndGet(by, Duration::plus);
  }

  /**
   * Sets how far the platform's "now" is from the system clock, whatever it was before: the same
   * call on every node puts them all at the same time. Refused unless adjustable, like {@link
   * #travel}.
   */
  public void offsetTo(Duration to) {
    if (!adjustable) {
      throw new IllegalStateException("the platform clock is not adjustable in this configuration");
    }
    offset.set(to);
  }

  public boolean adjustable() {
    return adjustable;
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  public Duration offset() {
    return offset.get();
  }

  /** Reads the offset on every call, so a clock injected once sees later travels. */
  private static final class OffsetClock extends Clock {
    private final PlatformClock source;
    private final ZoneId zone;

    OffsetClock(PlatformClock source) {
      this(source, ZoneId.of("Europe/Rome"));
    }

    OffsetClock(PlatformClock source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new OffsetClock(source, other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(source.offset());
    }
  }
}
