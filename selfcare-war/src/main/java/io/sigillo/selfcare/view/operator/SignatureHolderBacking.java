package io.sigillo.selfcare.view.operator;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.DeviceAssignments;
import io.sigillo.signature.api.EmergencySuspension;
import io.sigillo.signature.api.HolderCertificates;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDevice;
import io.sigillo.signature.api.RevocationReason;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.StockToken;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One remote-signature holder as an operator sees them: certificates with their status, the renewal
 * state, and suspend, reactivate or revoke with a reason (the CA audits each change under the
 * operator's name and republishes the CRL at once); suspension with the emergency code the holder
 * reads on the phone. The signature device with its state, and the assisted replacement: a token
 * from the tenant's stock reserved for the holder, who completes the claim in self-care (the
 * operator never sees a code), or the reservation cancelled.
 */
@Named
@ViewScoped
public class SignatureHolderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateCare care;
  @Inject private EmergencySuspension emergency;
  @Inject private DeviceAssignments assignments;
  @Inject private RequestContext request;

  private Long holderId;
  private HolderCertificates holder;
  private Long certificateId;
  private String reason;
  private String crlReason;
  private String emergencyCode;
  private String sex;
  private String birthDate;
  private String placeOfBirth;
  private String provinceOfBirth;
  private String dataReason;
  private HolderDevice device;
  private String stockSerial;
  private List<StockToken> stock;

  /** View action: the holder named by {@code ?h=} on the operator's own tenant. */
  public void load() {
    holder = care.holder(request.tenant(), holderId == null ? -1 : holderId, request.actor());
    device = assignments.device(request.tenant(), holder.holder().holderId(), request.actor());
    fill(holder.data());
  }

  /** Tokens in stock whose serial contains what the operator typed. */
  public String searchStock() {
    stock = null;
    FacesErrors.attempt(
        () -> stock = assignments.stock(request.tenant(), stockSerial, request.actor()));
    return null;
  }

  /** Reserves a token of the search for this holder, who completes the claim in self-care. */
  public String assign(String serial) {
    FacesErrors.attempt(
        () -> {
          device =
              assignments.assign(
                  request.tenant(), holder.holder().holderId(), serial, request.actor());
          stock = null;
          stockSerial = null;
          FacesErrors.info(text("operator.device.assignedDone"));
        });
    return null;
  }

  public String cancelAssignment() {
    FacesErrors.attempt(
        () -> {
          device =
              assignments.cancel(request.tenant(), holder.holder().holderId(), request.actor());
          FacesErrors.info(text("operator.device.cancelled"));
        });
    return null;
  }

  /** The device's state as one word: a locked device is shown as locked, whatever its status. */
  public String getDeviceState() {
    return device == null || device.device().isEmpty()
        ? null
        : device.device().get().locked() ? "LOCKED" : device.device().get().status();
  }

  public HolderDevice getDevice() {
    return device;
  }

  public List<StockToken> getStock() {
    return stock;
  }

  public String getStockSerial() {
    return stockSerial;
  }

  public void setStockSerial(String stockSerial) {
    this.stockSerial = stockSerial;
  }

  private void fill(HolderData data) {
    sex = data.sex() == Sex.FEMALE ? "F" : "M";
    birthDate = data.birthDate().toString();
    placeOfBirth = data.placeOfBirth();
    provinceOfBirth = data.provinceOfBirth();
  }

  /**
   * Corrects sex, birth date, place and province of birth with a reason; names and tax code stay
   * those of the verified identity. The signature module checks the whole against the tax code.
   */
  public String correctData() {
    FacesErrors.attempt(
        () -> {
          holder =
              care.correctHolderData(
                  request.tenant(),
                  holder.holder().holderId(),
                  new HolderData(
                      null,
                      null,
                      "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : null,
                      date(birthDate),
                      placeOfBirth,
                      provinceOfBirth,
                      null),
                  dataReason,
                  request.actor());
          dataReason = null;
          fill(holder.data());
          FacesErrors.info(text("operator.certs.dataCorrected"));
        });
    return null;
  }

  private static LocalDate date(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new SigilloException(PlatformError.VALIDATION, "birthDate", typed);
    }
  }

  public String suspend() {
    return act(
        () -> care.suspend(request.tenant(), chosen(), reason, request.actor()),
        "operator.certs.suspended");
  }

  public String reactivate() {
    return act(
        () -> care.reactivate(request.tenant(), chosen(), reason, request.actor()),
        "operator.certs.reactivated");
  }

  public String revoke() {
    return act(
        () -> care.revoke(request.tenant(), chosen(), revocation(), reason, request.actor()),
        "operator.certs.revoked");
  }

  public String suspendWithCode() {
    FacesErrors.attempt(
        () -> {
          emergency.suspendForHolder(
              request.tenant(), holder.holder().holderId(), emergencyCode, request.actor());
          load();
          FacesErrors.info(text("operator.certs.suspended"));
        },
        () -> emergencyCode = null);
    return null;
  }

  private interface Change {
    CertificateSummary run();
  }

  private String act(Change change, String done) {
    FacesErrors.attempt(
        () -> {
          change.run();
          reason = null;
          load();
          FacesErrors.info(text(done));
        });
    return null;
  }

  private long chosen() {
    if (certificateId == null) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
    return certificateId;
  }

  private RevocationReason revocation() {
    try {
      return crlReason == null ? null : RevocationReason.valueOf(crlReason);
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
  }

  public List<RevocationReason> getCrlReasons() {
    return List.of(RevocationReason.values());
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "res").getString(key);
  }

  public HolderCertificates getHolder() {
    return holder;
  }

  public Long getHolderId() {
    return holderId;
  }

  public void setHolderId(Long holderId) {
    this.holderId = holderId;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public void setCertificateId(Long certificateId) {
    this.certificateId = certificateId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCrlReason() {
    return crlReason;
  }

  public void setCrlReason(String crlReason) {
    this.crlReason = crlReason;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getPlaceOfBirth() {
    return placeOfBirth;
  }

  public void setPlaceOfBirth(String placeOfBirth) {
    this.placeOfBirth = placeOfBirth;
  }

  public String getProvinceOfBirth() {
    return provinceOfBirth;
  }

  public void setProvinceOfBirth(String provinceOfBirth) {
    this.provinceOfBirth = provinceOfBirth;
  }

  public String getDataReason() {
    return dataReason;
  }

  public void setDataReason(String dataReason) {
    this.dataReason = dataReason;
  }

  public String getEmergencyCode() {
    return emergencyCode;
  }

  public void setEmergencyCode(String emergencyCode) {
    this.emergencyCode = emergencyCode;
  }
}
