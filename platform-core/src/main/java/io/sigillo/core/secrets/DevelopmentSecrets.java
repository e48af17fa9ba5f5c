package io.sigillo.core.secrets;

/**
 * The development values of the platform's secrets. They are published in the repository, so they
 * protect nothing: the application accepts them only with the development switch ({@link
 * SecretCheck#DEV_MODE}); beans name them here, as their embedded defaults, so that the check and
 * the defaults cannot drift apart.
 */
public final class DevelopmentSecrets {

  public static final String DB_PASSWORD = "sigillo";
  public static final String KEYCLOAK_ADMIN_CLIENT_SECRET = "sigillo-admin-dev-secret";

  /** Key ids starting with this are public development OTP key-encryption keys. */
  public static final String OTP_KEY_ID_PREFIX = "dev-only";

  public static final String OTP_KEY = "ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=";
  public static final String SIGNATURE_CONTACT_KEY = "ZGV2LW9ubHktc2lnbmF0dXJlLWNvbnRhY3Qta2V5ISE=";
  public static final String IDENTITY_CODE_KEY = "ZGV2LW9ubHktaWRlbnRpdHktY29kZS1rZXktcHVibGljIQ==";
  public static final String PKCS12_PASSWORD = "sigillo-dev-only-public-password";

  private DevelopmentSecrets() {}
}
