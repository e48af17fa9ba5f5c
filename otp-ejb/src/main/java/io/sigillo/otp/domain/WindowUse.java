package io.sigillo.otp.domain;

/**
 * Where in its window an accepted code matched: {@code offset} steps from the expected time step
 * (signed) or counters past the expected counter, out of {@code limit}. Recorded on every
 * acceptance so the portal can warn about a device that regularly needs the edge of its window
 * before it starts failing.
 */
public record WindowUse(int offset, int limit) {

  public WindowUse {
    if (limit < 0 || Math.abs(offset) > limit) {
      throw new IllegalArgumentException("offset outside its window");
    }
  }

  /** Steps or counters still to spare; zero means the code matched at the edge. */
  public int headroom() {
    return limit - Math.abs(offset);
  }
}
