package io.sigillo.otp.domain;

/**
 * What the registry remembers of an event-based token: the last counter it accepted, which is also
 * the replay floor. A new or imported token has accepted nothing; its next expected counter is the
 * one the issuer reports.
 */
public record HotpState(long lastAcceptedCounter) {

  public HotpState {
    if (lastAcceptedCounter < -1) {
      throw new IllegalArgumentException("last accepted counter below -1");
    }
  }

  public static HotpState expecting(long nextCounter) {
    return new HotpState(nextCounter - 1);
  }

  public long nextCounter() {
    return lastAcceptedCounter + 1;
  }
}
