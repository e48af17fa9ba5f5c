package io.sigillo.it.support;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.infrastructure.crypto.Keyring;
import io.sigillo.otp.infrastructure.crypto.SecretBinding;
import io.sigillo.otp.infrastructure.crypto.SecretCipher;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * An active OTP app already in the registry, for tests whose subject is what comes after the
 * association (validation, replay across nodes, policies). Only its owner at level 2 can enrol an
 * app through the application, which those tests cannot reach from a back end; so the row is
 * written as a migration from an earlier system would write it, its secret sealed with the
 * registry's own cipher under the key the application under test uses.
 */
public final class RegisteredApps {

  private RegisteredApps() {}

  /** An active app of {@code owner}; returns its device id. */
  public static long insert(
      String tenant, String owner, byte[] secret, String algorithm, int digits, int period) {
    String keys = Environment.require("SIGILLO_OTP_SECRET_KEYS");
    String current =
        Objects.requireNonNullElse(
            System.getenv("SIGILLO_OTP_SECRET_KEYS_CURRENT"), keys.substring(0, keys.indexOf(':')));
    SecretCipher cipher = new SecretCipher(Keyring.parse(current, keys), new SecureRandom());
    try (Connection c = Environment.database()) {
      long id = Environment.nextval(c, "otp_device_seq");
      byte[] sealed = cipher.encrypt(secret, new SecretBinding(TenantId.of(tenant), id));
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into otp_device (id, tenant_id, owner, type, status, algorithm, digits,"
                  + " period_seconds, last_accepted, created_at, activated_at, secret_key_id,"
                  + " secret_data) values (?, ?, ?, 'TOTP', 'ACTIVE', ?, ?, ?, -1, now(), now(),"
                  + " ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant);
        ps.setString(3, owner);
        ps.setString(4, algorithm);
        ps.setInt(5, digits);
        ps.setInt(6, period);
        ps.setString(7, current);
        ps.setBytes(8, sealed);
        ps.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("could not register the app", e);
    }
  }
}
