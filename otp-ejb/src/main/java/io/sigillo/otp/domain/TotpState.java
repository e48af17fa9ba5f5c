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
 */
public record TotpState(long lastAcceptedStep, int baseDriftSteps, int learnedDriftSteps) {

  /** The floor of a device that has never had a code accepted. */
  public static final long NONE = -1;

  public TotpState {
    if (lastAcceptedStep < NONE) {
      throw new IllegalArgumentException("last accepted step below " + NONE);
    }
  }

  public static TotpState enrolled() {
    return new TotpState(NONE, 0, 0);
  }

  public int driftSteps() {
    return baseDriftSteps + learnedDriftSteps;
  }

  /** An operator's drift reset: the replay floor stays where it is. */
  public TotpState withoutDrift() {
    return new TotpState(lastAcceptedStep, 0, 0);
  }
}
