package io.sigillo.tenancy.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.PasswordChanges;
import io.sigillo.tenancy.api.TenancyError;
import io.sigillo.tenancy.infrastructure.keycloak.KeycloakPasswords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * The SPID password change of self-care. The assurance is checked here, not by the page: a recovery
 * session (password plus a recovery code) reaches credential management but cannot change the
 * password, and neither can a level-1 session or anybody acting for somebody else.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR})
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class PasswordChangeBean implements PasswordChanges {

  @Inject private KeycloakPasswords passwords;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  public void change(TenantId tenant, String username, char[] current, char[] chosen, Actor actor) {
    try {
      if (!actor.ownerAtLevelTwo(username)) {
        throw new SigilloException(TenancyError.PASSWORD_CHANGE_NEEDS_LEVEL_2);
      }
      if (chosen.length < MIN_LENGTH
          || chosen.length > MAX_LENGTH
          || new String(chosen).equalsIgnoreCase(username)
          || same(current, chosen)) {
        throw new SigilloException(TenancyError.PASSWORD_NEW_INVALID, MIN_LENGTH, MAX_LENGTH);
      }
      if (!passwords.verify(username, current.clone())) {
        throw new SigilloException(TenancyError.PASSWORD_CURRENT_WRONG);
      }
      passwords.replace(username, chosen.clone());
      audit.record(
          new AuditEvent(
              Optional.of(tenant),
              actor.name(),
              "password.changed",
              AuditSubject.person(username),
              "SPID password changed in self-care at level 2",
              actor.correlationId(),
              clock.instant()));
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(chosen, '\0');
    }
  }

  /** Constant-time, on the UTF-8 bytes. */
  private static boolean same(char[] a, char[] b) {
    byte[] x = bytes(a);
    byte[] y = bytes(b);
    try {
      return MessageDigest.isEqual(x, y);
    } finally {
      Arrays.fill(x, (byte) 0);
      Arrays.fill(y, (byte) 0);
    }
  }

  private static byte[] bytes(char[] chars) {
    var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    Arrays.fill(buffer.array(), (byte) 0);
    return out;
  }
}
