package io.sigillo.signature.application.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.ContactClaim;
import io.sigillo.signature.infrastructure.crypto.ContactKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform-wide claims on contacts ({@link ContactClaim}). Works on the caller's entity
 * manager, inside its transaction: the claim table is not tenant-filtered, so a query sees every
 * tenant's claims while holders stay filtered. A claim is made only for a contact its holder has
 * proven (a verified identity contact, the code sent to a new contact), and its refusal is one
 * answer for mobile and e-mail, whoever holds the contact and wherever: probing tells nothing. Only
 * the renewal, which checks contacts its holder already has, names the kind ({@link #requireFree}).
 */
@ApplicationScoped
public class ContactRegistry {

  @Inject private ContactKeys keys;

  /** Whether another holder (of any tenant) holds the contact. */
  boolean takenByOther(
      EntityManager em, TenantId tenant, long holderId, ContactKind kind, String normalised) {
    return find(em, kind, normalised).filter(c -> !c.heldBy(tenant.value(), holderId)).isPresent();
  }

  /**
   * For the holder's own current contact (the renewal): they are tied to it already, so saying
   * which one clashes tells them nothing about anyone else and leads them to the right change.
   */
  void requireFree(
      EntityManager em, TenantId tenant, long holderId, ContactKind kind, String normalised) {
    if (takenByOther(em, tenant, holderId, kind, normalised)) {
      throw new SigilloException(
          kind == ContactKind.MOBILE ? SignatureError.MOBILE_IN_USE : SignatureError.EMAIL_IN_USE);
    }
  }

  /**
   * The holder's claim on the contact, made now; the unique index decides between two holders
   * claiming the same contact at the same moment.
   */
  void claim(
      EntityManager em,
      TenantId tenant,
      long holderId,
      ContactKind kind,
      String normalised,
      Instant now) {
    Optional<ContactClaim> existing = find(em, kind, normalised);
    if (existing.isPresent()) {
      if (existing.get().heldBy(tenant.value(), holderId)) {
        return;
      }
      throw unavailable();
    }
    em.persist(
        new ContactClaim(kind, keys.fingerprint(kind, normalised), tenant.value(), holderId, now));
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw unavailable();
    }
  }

  /** Gives up the holder's claims of this kind (after a change, the old contact is free again). */
  void release(EntityManager em, TenantId tenant, long holderId, ContactKind kind) {
    em.createNamedQuery("ContactClaim.ofHolder", ContactClaim.class)
        .setParameter("tenant", tenant.value())
        .setParameter("holder", holderId)
        .setParameter("kind", kind)
        .getResultList()
        .forEach(em::remove);
    em.flush();
  }

  /** Whether the holder holds the contact (imported holders may not). */
  boolean heldBy(
      EntityManager em, TenantId tenant, long holderId, ContactKind kind, String normalised) {
    return find(em, kind, normalised).filter(c -> c.heldBy(tenant.value(), holderId)).isPresent();
  }

  private static SigilloException unavailable() {
    return new SigilloException(SignatureError.CONTACT_UNAVAILABLE);
  }

  private Optional<ContactClaim> find(EntityManager em, ContactKind kind, String normalised) {
    return em.createNamedQuery("ContactClaim.byFingerprint", ContactClaim.class)
        .setParameter("kind", kind)
        .setParameter("fingerprint", keys.fingerprint(kind, normalised))
        .getResultStream()
        .findFirst();
  }
}
