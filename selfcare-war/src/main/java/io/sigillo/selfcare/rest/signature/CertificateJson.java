package io.sigillo.selfcare.rest.signature;

import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.HolderCertificates;
import io.sigillo.signature.api.RenewalStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer bodies of the holder's certificates API. */
public final class CertificateJson {

  private CertificateJson() {}

  @Schema(description = "A certificate with its status and, once revoked, the CRL reason")
  public record CertificateStateView(
      long id,
      String serialNumber,
      String subject,
      String status,
      Instant notBefore,
      Instant notAfter,
      String revocationReason,
      Instant statusChangedAt,
      boolean current) {

    static CertificateStateView of(CertificateSummary c, boolean current) {
      return new CertificateStateView(
          c.id(),
          c.serialNumber(),
          c.subject(),
          c.status().name(),
          c.notBefore(),
          c.notAfter(),
          c.revocationReason().map(Enum::name).orElse(null),
          c.statusChangedAt().orElse(null),
          current);
    }
  }

  @Schema(description = "The holder's certificates, newest first, and the renewal state")
  public record CertificatesView(
      List<CertificateStateView> certificates, RenewalView renewal, boolean emergencyCodeIssued) {

    static CertificatesView of(HolderCertificates all, boolean emergencyCodeIssued) {
      String currentSerial = all.holder().certificateSerial().orElse("");
      return new CertificatesView(
          all.certificates().stream()
              .map(c -> CertificateStateView.of(c, c.serialNumber().equals(currentSerial)))
              .toList(),
          all.renewal().map(RenewalView::of).orElse(null),
          emergencyCodeIssued);
    }
  }

  @Schema(description = "Whether the current certificate can be renewed now, and from when")
  public record RenewalView(Instant notAfter, Instant windowOpensAt, int windowDays, boolean open) {

    static RenewalView of(RenewalStatus r) {
      return new RenewalView(r.notAfter(), r.windowOpensAt(), r.windowDays(), r.open());
    }
  }

  @Schema(description = "The remote-signature password and an OTP of the signature device")
  public record Proof(String password, String otp) {

    @Override
    public String toString() {
      return "Proof[***]";
    }
  }

  @Schema(description = "The emergency code, shown this once: keep it apart from the devices")
  public record EmergencyCodeView(String code) {

    @Override
    public String toString() {
      return "EmergencyCodeView[***]";
    }
  }
}
