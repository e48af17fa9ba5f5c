package io.sigillo.signature.application.certificate;

import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import io.sigillo.signature.infrastructure.pki.X509Builder;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Creates a tenant's CA in a transaction of its own, so that it exists once committed whatever
 * happens to the call that needed it. Two first uses at once: one insert wins on the unique tenant,
 * the other's caller reads the winner's CA (its key pair stays unused in the store).
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a tenant's CA is made on its first use, and that may be the public, anonymous fetch of its CA
// certificate or CRL (/pki); it takes nothing from the caller but the tenant
@PermitAll
public class TenantCaCreation {

  /** Longer than any holder certificate it issues, with room for renewals. */
  static final long CA_VALIDITY_DAYS = 3650;

  private static final Logger LOG = Logger.getLogger(TenantCaCreation.class.getName());

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SigningKeys keys;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(TenantId tenant) {
    if (!em.createNamedQuery("TenantCa.current", TenantCa.class).getResultList().isEmpty()) {
      return;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    KeyPair pair = keys.generate(SigningKeys.CA_KEY_BITS);
    X509Certificate certificate =
        X509Builder.caCertificate(
            tenant,
            pair,
            keys.provider(),
            now.minus(1, ChronoUnit.HOURS),
            now.plus(CA_VALIDITY_DAYS, ChronoUnit.DAYS));
    String alias = "ca-" + tenant.value() + "-" + UUID.randomUUID().toString().substring(0, 8);
    keys.bind(alias, pair.getPrivate(), certificate);
    try {
      em.persist(
          new TenantCa(
              alias,
              certificate.getSubjectX500Principal().getName(),
              certificate.getEncoded(),
              certificate.getNotAfter().toInstant(),
              now));
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("CA certificate not encodable", e);
    }
    LOG.info(() -> "CA created for tenant " + tenant + ": " + alias);
  }
}
