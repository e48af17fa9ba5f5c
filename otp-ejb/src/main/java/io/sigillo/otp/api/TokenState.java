package io.sigillo.otp.api;

/**
 * Where a hardware token is in the tenant's inventory. A view over {@link DeviceStatus} and the
 * lock, not a second status: a token is an OTP device from the moment it is imported.
 *
 * <ul>
 *   <li>{@link #AVAILABLE} = {@link DeviceStatus#AVAILABLE}: in stock, nobody's;
 *   <li>{@link #ASSIGNED} = {@link DeviceStatus#PENDING}: given to a holder by an operator, waiting
 *       for its first code (or for the holder's claim);
 *   <li>{@link #ACTIVE} = {@link DeviceStatus#ACTIVE}, not locked;
 *   <li>{@link #LOCKED} = {@link DeviceStatus#ACTIVE}, locked after failures;
 *   <li>{@link #LOST} = {@link DeviceStatus#LOST};
 *   <li>{@link #RETIRED} = {@link DeviceStatus#REVOKED}: out of service for good.
 * </ul>
 */
public enum TokenState {
  AVAILABLE,
  ASSIGNED,
  ACTIVE,
  LOCKED,
  LOST,
  RETIRED;

  public static TokenState of(DeviceStatus status, boolean locked) {
    return switch (status) {
      case AVAILABLE -> AVAILABLE;
      case PENDING -> ASSIGNED;
      case ACTIVE -> locked ? LOCKED : ACTIVE;
      case LOST -> LOST;
      case REVOKED -> RETIRED;
    };
  }
}
