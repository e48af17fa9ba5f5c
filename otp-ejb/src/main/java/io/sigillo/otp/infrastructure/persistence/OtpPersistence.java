package io.sigillo.otp.infrastructure.persistence;

/** Names shared by the OTP persistence unit's users. */
public final class OtpPersistence {

  public static final String UNIT = "sigillo-otp";

  /** Native SQL on a multitenant unit is refused without it (EclipseLink-6175). */
  static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private OtpPersistence() {}
}
