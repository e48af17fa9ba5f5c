package io.sigillo.identity.application;

import io.sigillo.core.person.VerifiedPerson;
import io.sigillo.core.person.VerifiedPersons;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity module's answer to "who is this account, verifiably": the signature module takes a
 * holder's data from here instead of trusting what was typed into the order. Read-only, and called
 * by other modules' beans for the account they already act for, hence open to every role those
 * beans serve.
 */
@Stateless
@Local(VerifiedPersons.class)
@Interceptors(IdentityTenantBinding.class)
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
public class VerifiedPersonsBean implements VerifiedPersons {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Override
  public Optional<VerifiedPerson> find(TenantId tenant, String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return em.createNamedQuery("Identity.byUsername", Identity.class)
        .setParameter("username", name)
        .getResultStream()
        .findFirst()
        .map(Identity::summary)
        .filter(i -> i.status() == IdentityStatus.ACTIVE)
        .map(VerifiedPersonsBean::verified);
  }

  private static VerifiedPerson verified(IdentitySummary identity) {
    return new VerifiedPerson(
        identity.username(),
        identity.givenName(),
        identity.surname(),
        identity.codiceFiscale(),
        identity.birthDate(),
        Optional.ofNullable(identity.mobile()).filter(m -> identity.mobileVerified()),
        Optional.ofNullable(identity.email()).filter(e -> identity.emailVerified()));
  }
}
