package io.sigillo.selfcare.rest.signature;

import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.ContactChangeStarted;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.RenewalStatus;
import io.sigillo.signature.api.SignatureDeviceSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer bodies of the remote-signature API for holders. */
public final class SignatureJson {

  private SignatureJson() {}

  /** A password as the api takes it; none typed is an empty one, which the check refuses. */
  static char[] secret(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  @Schema(
      description =
          "An order: holder data (sex M or F, birthDate yyyy-mm-dd), mobile, e-mail and the"
              + " remote-signature password")
  public record OrderRequest(
      String surname,
      String givenName,
      String sex,
      String birthDate,
      String placeOfBirth,
      String provinceOfBirth,
      String codiceFiscale,
      String mobile,
      String email,
      String password) {

    HolderDataForm data() {
      return new HolderDataForm(
          surname, givenName, sex, birthDate, placeOfBirth, provinceOfBirth, codiceFiscale);
    }

    @Override
    public String toString() {
      return "OrderRequest[" + codiceFiscale + "]";
    }
  }

  @Schema(description = "Corrected holder data, confirmed by the remote-signature password")
  public record DataCorrection(
      String surname,
      String givenName,
      String sex,
      String birthDate,
      String placeOfBirth,
      String provinceOfBirth,
      String codiceFiscale,
      String password) {

    HolderDataForm data() {
      return new HolderDataForm(
          surname, givenName, sex, birthDate, placeOfBirth, provinceOfBirth, codiceFiscale);
    }

    @Override
    public String toString() {
      return "DataCorrection[" + codiceFiscale + "]";
    }
  }

  @Schema(
      description = "The holder's existing OTP app as signature device, with a code it shows now")
  public record AppBinding(Long deviceId, String code) {}

  @Schema(description = "A token from the tenant's stock: its serial and two consecutive codes")
  public record TokenBinding(String serial, List<String> codes) {}

  @Schema(
      description = "The remote-signature password and consecutive codes of the signature device")
  public record DeviceProof(String password, List<String> codes) {

    @Override
    public String toString() {
      return "DeviceProof[]";
    }
  }

  @Schema(
      description =
          "A new contact (mobile in E.164 or national form, or e-mail), after the password")
  public record ContactRequest(String password, String value) {

    @Override
    public String toString() {
      return "ContactRequest[]";
    }
  }

  @Schema(description = "The code received on the new contact and an OTP of the signature device")
  public record ContactConfirmation(String code, String otp) {

    @Override
    public String toString() {
      return "ContactConfirmation[]";
    }
  }

  @Schema(description = "A PDF to sign (Base64), the remote-signature password and an OTP")
  public record SignRequest(String pdfBase64, String password, String otp) {

    @Override
    public String toString() {
      return "SignRequest[]";
    }
  }

  @Schema(
      description =
          "The remote-signature password and a code of the re-associated app, to make it the"
              + " signature device")
  public record NewAppConfirmation(String password, String code) {

    @Override
    public String toString() {
      return "NewAppConfirmation[]";
    }
  }

  @Schema(description = "The SMS code of a replacement and the new device's proof")
  public record Replacement(
      String challengeId,
      String smsCode,
      Long appId,
      String code,
      String serial,
      List<String> codes) {

    @Override
    public String toString() {
      return "Replacement[]";
    }
  }

  @Schema(description = "Where the SMS code of a device replacement went")
  public record ReplacementView(String challengeId, String maskedDestination) {}

  @Schema(description = "The remote-signature password and an OTP, to sign the renewal form")
  public record RenewRequest(String password, String otp) {

    @Override
    public String toString() {
      return "RenewRequest[]";
    }
  }

  @Schema(description = "The holder as they see themselves; never the password or its counters")
  public record HolderView(
      long id,
      String status,
      String surname,
      String givenName,
      String sex,
      LocalDate birthDate,
      String placeOfBirth,
      String provinceOfBirth,
      String codiceFiscale,
      String mobile,
      String email,
      Long signDeviceId,
      Long certificateId) {

    static HolderView of(HolderSummary h) {
      return new HolderView(
          h.id(),
          h.status().name(),
          h.data().surname(),
          h.data().givenName(),
          h.data().sex() == null ? null : h.data().sex().name().substring(0, 1),
          h.data().birthDate(),
          h.data().placeOfBirth(),
          h.data().provinceOfBirth(),
          h.data().codiceFiscale(),
          h.mobile(),
          h.email(),
          h.signDeviceId().orElse(null),
          h.certificateId().orElse(null));
    }
  }

  @Schema(description = "A certificate of the holder")
  public record CertificateView(
      long id,
      String serialNumber,
      String subject,
      String status,
      Instant notBefore,
      Instant notAfter) {

    static CertificateView of(CertificateSummary c) {
      return new CertificateView(
          c.id(), c.serialNumber(), c.subject(), c.status().name(), c.notBefore(), c.notAfter());
    }
  }

  @Schema(description = "The signature device, without its secret")
  public record DeviceView(
      long id, String type, String status, String serial, boolean locked, int signFailures) {

    static DeviceView of(DeviceSummary d) {
      return new DeviceView(
          d.id(),
          d.type().id(),
          d.status().name(),
          d.serial().orElse(null),
          d.locked(),
          d.signFailures());
    }

    static DeviceView of(SignatureDeviceSummary d) {
      return new DeviceView(
          d.id(), d.type(), d.status(), d.serial().orElse(null), d.locked(), d.signFailures());
    }
  }

  @Schema(description = "A contact change waiting for its code")
  public record ContactChangeView(
      String changeId, String kind, String maskedDestination, Instant expiresAt) {

    static ContactChangeView of(ContactChangeStarted c) {
      return new ContactChangeView(
          c.changeId(), c.kind().name(), c.maskedDestination(), c.expiresAt());
    }
  }

  @Schema(description = "Whether the certificate can be renewed now, and from when")
  public record RenewalView(
      long certificateId,
      String serialNumber,
      Instant notAfter,
      Instant windowOpensAt,
      int windowDays,
      boolean open) {

    static RenewalView of(RenewalStatus r) {
      return new RenewalView(
          r.certificateId(),
          r.serialNumber(),
          r.notAfter(),
          r.windowOpensAt(),
          r.windowDays(),
          r.open());
    }
  }

  @Schema(description = "A refusal of inconsistent holder data, with every field to correct")
  public record HolderDataRefusal(
      String code,
      String title,
      String message,
      String nextStep,
      String correlationId,
      List<HolderDataCheckAnswer.Finding> findings) {}
}
