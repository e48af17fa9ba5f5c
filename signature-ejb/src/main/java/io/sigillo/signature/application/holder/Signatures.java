package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.signature.api.CertificateAuthority;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.application.certificate.DocumentSigning;
import io.sigillo.signature.application.certificate.SigningAuthorisation;
import io.sigillo.signature.domain.holder.Holder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one way a holder's signature is made: password, then an OTP of the signature device for
 * purpose SIGN, and only then a single-use authorisation for exactly this document's SHA-256,
 * consumed by the signature. Shared by document signing and by the renewal form.
 */
@ApplicationScoped
public class Signatures {

  @Inject private SignDevices signDevices;
  @Inject private CertificateAuthority authority;
  @Inject private DocumentSigning signing;
  @Inject private Verifications verifications;

  /**
   * The holder's current certificate, if it can sign now. A suspended one says so, with the way
   * back (reactivation), rather than "no certificate".
   */
  CertificateSummary usableCertificate(TenantId tenant, Holder holder) {
    CertificateSummary current =
        holder
            .certificateId()
            .flatMap(id -> authority.find(tenant, id))
            .orElseThrow(() -> new SigilloException(SignatureError.NO_CERTIFICATE));
    if (current.status() == CertificateStatus.SUSPENDED) {
      throw new SigilloException(CertificateError.CERTIFICATE_SUSPENDED, current.serialNumber());
    }
    if (!current.usable()) {
      throw new SigilloException(SignatureError.NO_CERTIFICATE);
    }
    return current;
  }

  /**
   * Checks password and OTP (each committed on its own) and signs. The caller must not have changed
   * the holder in its persistence context: the password check updates the row.
   */
  byte[] sign(
      TenantId tenant,
      Holder holder,
      CertificateSummary certificate,
      byte[] pdf,
      char[] password,
      String otp,
      Actor actor) {
    DeviceSummary device = signDevices.usable(tenant, holder);
    long deviceId = device.id();
    Require.password(verifications.password(tenant, holder.id(), password, actor));
    Require.signOtp(
        verifications.signOtp(tenant, deviceId, otp, HolderAudit.passwordChecked(actor)),
        device.type());
    SigningAuthorisation authorisation =
        signing.authorise(tenant, certificate.id(), sha256(pdf), actor);
    return signing.signPdf(tenant, authorisation.id(), pdf, actor);
  }

  static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** A PDF starts with {@code %PDF-}; anything else is refused before any check is spent. */
  static void requirePdf(byte[] content) {
    if (content == null
        || content.length < 5
        || content[0] != '%'
        || content[1] != 'P'
        || content[2] != 'D'
        || content[3] != 'F'
        || content[4] != '-') {
      throw new SigilloException(SignatureError.DOCUMENT_NOT_PDF);
    }
  }
}
