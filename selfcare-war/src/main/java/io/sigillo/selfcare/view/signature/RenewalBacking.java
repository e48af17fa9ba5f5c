package io.sigillo.selfcare.view.signature;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.HolderDataInconsistentException;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.RenewalStatus;
import io.sigillo.signature.api.Renewals;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureDeviceResync;
import io.sigillo.signature.api.SignatureError;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Renewal by signed form, with each of its errors resolved on this page: a token found presses
 * ahead (or locked) gets the resynchronisation (or unlock) form right here, inconsistent holder
 * data get the correction form with every field marked, a contact used by another holder gets the
 * link to change contacts. Afterwards the holder signs the form again.
 */
@Named
@ViewScoped
public class RenewalBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the page shows besides the renewal form. */
  public enum Branch {
    NONE,
    OUT_OF_SYNC,
    LOCKED,
    DATA,
    CONTACT,
    DONE
  }

  @Inject private Renewals renewals;
  @Inject private Holders holders;
  @Inject private SignatureDevice device;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private RenewalStatus status;
  private Branch branch = Branch.NONE;
  private String contactKind;
  private String password;
  private String otp;
  private String firstCode;
  private String secondCode;
  private HolderDataFields correction;
  private CertificateSummary renewed;
  private SignatureDeviceResync resync;

  @PostConstruct
  void load() {
    FacesErrors.attempt(() -> status = renewals.status(request.tenant(), request.username()));
  }

  public String renew() {
    try {
      renewed =
          renewals.renew(
              request.tenant(),
              request.username(),
              secret(password),
              otp,
              request.tenantName(),
              request.locale(),
              request.actor());
      branch = Branch.DONE;
    } catch (HolderDataInconsistentException e) {
      branch = Branch.DATA;
      correction = HolderDataFields.of(holders.get(request.tenant(), request.username()).data());
      page.show(e, "correction");
    } catch (SigilloException e) {
      FacesErrors.show(e);
      branch = branchOf(e);
    } finally {
      password = null;
      otp = null;
    }
    return null;
  }

  private Branch branchOf(SigilloException e) {
    // only a token found presses ahead gets the repair; a wrong code is typed again
    if (e.code() == SignatureError.OTP_OUT_OF_SYNC) {
      return Branch.OUT_OF_SYNC;
    }
    if (e.code() == SignatureError.OTP_REFUSED) {
      return Branch.NONE;
    }
    if (e.code() == SignatureError.SIGN_DEVICE_LOCKED) {
      return Branch.LOCKED;
    }
    if (e.code() == SignatureError.MOBILE_IN_USE || e.code() == SignatureError.EMAIL_IN_USE) {
      contactKind = e.code() == SignatureError.MOBILE_IN_USE ? "mobile" : "email";
      return Branch.CONTACT;
    }
    return branch;
  }

  /** Resynchronisation (or, for a locked device, unlock) with two consecutive codes. */
  public String repairDevice() {
    FacesErrors.attempt(
        () -> {
          List<String> codes = List.of(nonNull(firstCode), nonNull(secondCode));
          resync =
              branch == Branch.LOCKED
                  ? device.unlock(
                      request.tenant(),
                      request.username(),
                      secret(password),
                      codes,
                      request.actor())
                  : device.resynchronise(
                      request.tenant(),
                      request.username(),
                      secret(password),
                      codes,
                      request.actor());
          if (resync.synchronised()) {
            branch = Branch.NONE;
            FacesErrors.info(page.text("renewal.deviceRepaired"));
          } else {
            FacesErrors.warning(page.text("device.result." + resync.status().name()));
            if (resync.status() == SignatureDeviceResync.Status.LOCKED) {
              branch = Branch.LOCKED;
            }
          }
        },
        () -> {
          password = null;
          firstCode = null;
          secondCode = null;
        });
    return null;
  }

  public String correct() {
    try {
      holders.correctData(
          request.tenant(),
          request.username(),
          correction.toHolderData(),
          secret(password),
          request.actor());
      branch = Branch.NONE;
      FacesErrors.info(page.text("renewal.dataCorrected"));
    } catch (SigilloException e) {
      page.show(e, "correction");
    } finally {
      password = null;
    }
    return null;
  }

  public void downloadForm() {
    page.download(
        renewals.form(request.tenant(), request.username(), request.tenantName(), request.locale()),
        "richiesta-rinnovo.pdf");
  }

  public void downloadSignedForm() {
    renewals
        .signedForm(request.tenant(), request.username())
        .ifPresent(form -> page.download(form, "richiesta-rinnovo-firmata.pdf"));
  }

  private static char[] secret(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  private static String nonNull(String code) {
    return code == null ? "" : code;
  }

  public RenewalStatus getStatus() {
    return status;
  }

  public Branch getBranch() {
    return branch;
  }

  public String getContactKind() {
    return contactKind;
  }

  public HolderDataFields getCorrection() {
    return correction;
  }

  public CertificateSummary getRenewed() {
    return renewed;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }

  public String getFirstCode() {
    return firstCode;
  }

  public void setFirstCode(String firstCode) {
    this.firstCode = firstCode;
  }

  public String getSecondCode() {
    return secondCode;
  }

  public void setSecondCode(String secondCode) {
    this.secondCode = secondCode;
  }
}
