package io.sigillo.core.time;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a device's clock is from the server's, measured from the time step its code matched.
 * Positive when the device is ahead. The measure has the granularity of one time step (usually 30
 * s), so it is shown to people in whole minutes.
 */
public record ClockOffset(Duration offset) {

  public ClockOffset {
    Objects.requireNonNull(offset, "offset");
  }

  /**
   * The offset as the portal shows it, the same in Italian and English: {@code "+4 min"}, {@code
   * "−3 min"}; rounded to the nearest minute, with a sign always present (a minus sign, U+2212, as
   * typography and screen readers expect, not a hyphen).
   */
  public String render() {
    long seconds = offset.getSeconds();
    long minutes = Math.round(Math.abs(seconds) / 60.0);
    return (seconds < 0 ? "\u2212" : "+") + minutes + " min";
  }
}
