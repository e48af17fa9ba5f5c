package io.sigillo.signature.application.certificate;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.domain.certificate.HolderCertificate;
import io.sigillo.signature.domain.certificate.StoredStatus;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.pki.CrlEntry;
import io.sigillo.signature.infrastructure.pki.X509Builder;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's CA within the caller's transaction (whose tenant the caller's interceptor has bound):
 * found or created, and its CRL published. Publication locks the CA row, so concurrent status
 * changes of one tenant publish one after the other with growing CRL numbers.
 */
@ApplicationScoped
public class TenantCas {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SigningKeys keys;
  @Inject private TenantCaCreation creation;

  TenantCa require(TenantId tenant) {
    Optional<TenantCa> existing = find();
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      creation.create(tenant);
    } catch (EJBException | jakarta.persistence.PersistenceException lostTheRace) {
      // another request created it first: theirs is committed and is read below
    }
    return find().orElseThrow(() -> new IllegalStateException("CA of " + tenant + " missing"));
  }

  Optional<TenantCa> find() {
    return em.createNamedQuery("TenantCa.current", TenantCa.class).getResultList().stream()
        .findFirst();
  }

  X509Certificate certificate(TenantCa ca) {
    return parse(ca.certificate());
  }

  /** The current CRL, republished first if it is due. */
  byte[] currentCrl(TenantId tenant) {
    TenantCa ca = require(tenant);
    Instant now = clock.instant();
    if (ca.crlDue(now)) {
      return publish(ca);
    }
    return ca.crl().orElseThrow();
  }

  /** Publishes a new CRL now (after a status change, or when due). */
  byte[] publish(TenantCa unlocked) {
    TenantCa ca = em.find(TenantCa.class, unlocked.id(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<CrlEntry> entries =
        em
            .createNamedQuery("HolderCertificate.onCrl", HolderCertificate.class)
            .setParameter("ca", ca.id())
            .getResultList()
            .stream()
            .map(TenantCas::entry)
            .toList();
    long number = ca.nextCrlNumber();
    X509CRL crl =
        X509Builder.crl(
            certificate(ca),
            keys.privateKey(ca.keyAlias()),
            keys.provider(),
            entries,
            number,
            now,
            now.plus(TenantCa.CRL_LIFETIME));
    try {
      byte[] encoded = crl.getEncoded();
      ca.published(encoded, number, now, now.plus(TenantCa.CRL_LIFETIME));
      return encoded;
    } catch (CRLException e) {
      throw new IllegalStateException("CRL not encodable", e);
    }
  }

  private static CrlEntry entry(HolderCertificate certificate) {
    int reason =
        certificate.storedStatus() == StoredStatus.SUSPENDED
            ? CrlEntry.CERTIFICATE_HOLD
            : certificate.revocationReason().orElseThrow().crlReason();
    return new CrlEntry(
        new BigInteger(certificate.serialNumber(), 16),
        certificate.statusChangedAt().orElseThrow(),
        reason);
  }

  static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("stored certificate not readable", e);
    }
  }
}
