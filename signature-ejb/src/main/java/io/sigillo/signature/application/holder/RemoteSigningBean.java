package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.RemoteSigning;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A holder's signature of their own PDF. */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder signs their own documents
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class RemoteSigningBean implements RemoteSigning {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Signatures signatures;
  @Inject private HolderAudit audit;

  @Override
  public byte[] signPdf(
      TenantId tenant, String username, byte[] pdf, char[] password, String otp, Actor actor) {
    try {
      if (pdf != null && pdf.length > MAX_PDF_BYTES) {
        throw new SigilloException(
            SignatureError.DOCUMENT_TOO_LARGE, MAX_PDF_BYTES / (1024 * 1024));
      }
      Signatures.requirePdf(pdf);
      Holder holder =
          em.createNamedQuery("Holder.byUsername", Holder.class)
              .setParameter("username", username)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
      CertificateSummary certificate = signatures.usableCertificate(tenant, holder);
      em.detach(holder);
      byte[] signed = signatures.sign(tenant, holder, certificate, pdf, password, otp, actor);
      audit.record(
          tenant,
          actor,
          "signature.document.signed",
          holder.id(),
          "PDF of " + pdf.length + " bytes signed with certificate " + certificate.serialNumber());
      return signed;
    } finally {
      HoldersBean.wipe(password);
    }
  }
}
