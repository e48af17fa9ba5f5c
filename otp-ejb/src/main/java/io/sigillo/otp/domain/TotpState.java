package io.sigillo.otp.domain;

/**
 * What the registry remembers of a time-based device between validations.
 *
 * <p>{@code lastAcceptedStep} is the replay floor: no step at or below it is ever accepted again.
 * The drift is kept in two parts: {@code baseDriftSteps} is set only by an explicit
 * resynchronisation (a hardware TOTP token whose clock has wandered), {@code learnedDriftSteps} is
 * adjusted by ordinary acceptances and stays within the policy's cap. Keeping them apart means a
 * learned adjustment can never carry a device further than the cap, while a resynchronised token is
 * not pulled back to zero by the cap on its next use.
 *
 * <p>{@code acceptedBelow} remembers which of the {@value #REMEMBERED} steps just below the floor
 * were accepted (bit {@code i}: step {@code floor - 1 - i}). The floor alone cannot tell a code
 * replayed from an earlier sign-in from the code of a phone whose clock is behind: both match a
 * step below it. With the bits, the first is a replay and the second a clock to fix.
 */
public record TotpState(
    long lastAcceptedStep, int baseDriftSteps, int learnedDriftSteps, long acceptedBelow) {

  /** The floor of a device that has never had a code accepted. */
  public static final long NONE = -1;

  /** Steps below the floor whose acceptance is remembered: 32 minutes at 30 s. */
  public static final int REMEMBERED = Long.SIZE;

  public TotpState {
    if (lastAcceptedStep < NONE) {
      throw new IllegalArgumentException("last accepted step below " + NONE);
    }
  }

  /** A state whose earlier acceptances are not known (only the floor counts as accepted). */
  public TotpState(long lastAcceptedStep, int baseDriftSteps, int learnedDriftSteps) {
    this(lastAcceptedStep, baseDriftSteps, learnedDriftSteps, 0L);
  }

  public static TotpState enrolled() {
    return new TotpState(NONE, 0, 0);
  }

  public int driftSteps() {
    return baseDriftSteps + learnedDriftSteps;
  }

  /** An operator's drift reset: the replay floor stays where it is. */
  public TotpState withoutDrift() {
    return new TotpState(lastAcceptedStep, 0, 0, acceptedBelow);
  }

  /**
   * Whether the step is known to have been accepted: the floor itself, or a remembered step below
   * it. A step further down is not known either way.
   */
  public boolean accepted(long step) {
    if (lastAcceptedStep == NONE || step > lastAcceptedStep) {
      return false;
    }
    long distance = lastAcceptedStep - 1 - step;
    return step == lastAcceptedStep
        || (distance < REMEMBERED && (acceptedBelow >>> distance & 1L) == 1L);
  }

  /** Whether {@link #accepted} can answer for the step: at most {@value #REMEMBERED} below. */
  public boolean remembers(long step) {
    return step <= lastAcceptedStep && lastAcceptedStep - step <= REMEMBERED;
  }

  /** The {@code acceptedBelow} bits once {@code newFloor} (above the floor) is accepted. */
  public long acceptedBelowAfter(long newFloor) {
    return acceptedBelowAfter(lastAcceptedStep, acceptedBelow, newFloor);
  }

  /** As {@link #acceptedBelowAfter(long)}, for any moving factor that may be a floor. */
  public static long acceptedBelowAfter(long floor, long below, long newFloor) {
    if (newFloor <= floor) {
      throw new IllegalArgumentException("a replay floor only moves forward");
    }
    long shift = newFloor - floor;
    long moved = shift >= REMEMBERED ? 0L : below << shift;
    boolean oldFloorKept = floor != NONE && shift <= REMEMBERED;
    return oldFloorKept ? moved | 1L << (shift - 1) : moved;
  }
}
