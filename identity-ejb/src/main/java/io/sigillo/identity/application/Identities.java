package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.domain.Identity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Look-ups shared by the identity beans; the tenant is already bound to the entity manager. */
final class Identities {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

  private Identities() {}

  /** The person's identity, locked for the rest of the transaction (flows change it). */
  static Identity get(EntityManager em, String username) {
    Identity identity =
        find(em, username)
            .orElseThrow(() -> new SigilloException(IdentityError.IDENTITY_NOT_FOUND));
    em.lock(identity, LockModeType.PESSIMISTIC_WRITE);
    return identity;
  }

  /** The person's identity, if they have one, unlocked: for reading only. */
  static Optional<Identity> find(EntityManager em, String username) {
    String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return em.createNamedQuery("Identity.byUsername", Identity.class)
        .setParameter("username", key)
        .getResultStream()
        .findFirst();
  }

  static Identity usable(EntityManager em, String username) {
    Identity identity = get(em, username);
    if (identity.status() == IdentityStatus.REVOKED) {
      throw new SigilloException(IdentityError.IDENTITY_REVOKED);
    }
    return identity;
  }

  /** A moment as the e-mails state it, in Italian time, e.g. {@code 01/12/2026 09:30}. */
  static String when(Instant at) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ITALY).format(at);
  }
}
