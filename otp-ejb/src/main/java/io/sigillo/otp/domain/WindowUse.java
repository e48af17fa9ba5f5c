package io.sigillo.otp.domain;

/**
 * Where an accepted code matched, out of how far it could have matched. For a token, {@code offset}
 * is the presses skipped since the last accepted code and {@code limit} the look-ahead. For a
 * time-based device, {@code offset} is the device's clock error in steps (from its reference step)
 * and {@code limit} the window plus the drift cap, the furthest a code can ever be accepted.
 * Recorded on every acceptance, so the portal can warn about a device that lives near the edge
 * before it starts failing.
 */
public record WindowUse(int offset, int limit) {

  public WindowUse {
    if (limit < 0 || Math.abs(offset) > limit) {
      throw new IllegalArgumentException("offset outside its window");
    }
  }

  /** Steps or presses still to spare; zero means the code matched at the edge. */
  public int headroom() {
    return limit - Math.abs(offset);
  }
}
