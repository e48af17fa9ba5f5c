package io.sigillo.selfcare.view.signature;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.EmergencySuspension;
import io.sigillo.signature.api.HolderOrder;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import io.sigillo.signature.api.SignatureError;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The order of a remote-signature certificate, in two steps on one page: holder data, contacts and
 * password (names, birth date, tax code and contacts shown from the verified SPID identity, which
 * the signature module takes them from again); then the signature device, the holder's existing OTP
 * app or a token from the reseller's stock. Binding the device completes the order with the
 * certificate, and the completion shows the holder's emergency code once (issued there; "My
 * certificates" shows it to holders who ordered before, never a second time).
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is in the order. */
  public enum Step {
    DATA,
    DEVICE,
    DONE
  }

  @Inject private Holders holders;
  @Inject private EmergencySuspension emergency;
  @Inject private OtpRegistry registry;
  @Inject private IdentityDirectory identities;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private Step step = Step.DATA;
  private final HolderDataFields data = new HolderDataFields();
  private String mobile;
  private String email;
  private String password;
  private String passwordRepeat;
  private String deviceChoice = "app";
  private Long appId;
  private String appCode;
  private String serial;
  private String firstCode;
  private String secondCode;
  private HolderSummary holder;
  private String emergencyCode;

  @PostConstruct
  void load() {
    holder = holders.find(request.tenant(), request.username()).orElse(null);
    if (holder != null) {
      step = holder.status() == HolderStatus.ACTIVE ? Step.DONE : Step.DEVICE;
      return;
    }
    identities
        .findByUsername(request.tenant(), request.username())
        .filter(i -> i.status() == IdentityStatus.ACTIVE && i.codiceFiscale().isPresent())
        .ifPresentOrElse(
            this::fromIdentity,
            () -> FacesErrors.show(new SigilloException(SignatureError.IDENTITY_REQUIRED)));
  }

  /** What the order will take from the identity, shown read-only. */
  private void fromIdentity(IdentitySummary identity) {
    data.setSurname(identity.surname());
    data.setGivenName(identity.givenName());
    data.setCodiceFiscale(identity.codiceFiscale().orElse(null));
    identity.birthDate().ifPresent(d -> data.setBirthDate(d.toString()));
    mobile = identity.mobileVerified() ? identity.mobile() : null;
    email = identity.emailVerified() ? identity.email() : null;
  }

  public String order() {
    try {
      if (password == null || !password.equals(passwordRepeat)) {
        FacesErrors.info(page.text("order.passwordsDiffer"));
        return null;
      }
      holder =
          holders.order(
              request.tenant(),
              request.username(),
              new HolderOrder(data.toHolderData(), mobile, email, password.toCharArray()),
              request.actor());
      step = Step.DEVICE;
    } catch (SigilloException e) {
      page.show(e, "order");
    } finally {
      password = null;
      passwordRepeat = null;
    }
    return null;
  }

  public String bindApp() {
    FacesErrors.attempt(
        () -> {
          if (appId == null) {
            FacesErrors.info(page.text("order.chooseApp"));
            return;
          }
          holder =
              holders.bindApp(
                  request.tenant(), request.username(), appId, appCode, request.actor());
          completed();
        },
        () -> appCode = null);
    return null;
  }

  public String bindToken() {
    FacesErrors.attempt(
        () -> {
          holder =
              holders.bindToken(
                  request.tenant(),
                  request.username(),
                  serial,
                  List.of(nonNull(firstCode), nonNull(secondCode)),
                  request.actor());
          completed();
        },
        () -> {
          firstCode = null;
          secondCode = null;
        });
    return null;
  }

  /**
   * The order is complete: the emergency code is issued now and shown on this page only. It is a
   * call of its own, after the certificate's transaction, so a failure to issue it leaves the order
   * complete and the holder can still get it once from "My certificates".
   */
  private void completed() {
    step = Step.DONE;
    FacesErrors.attempt(
        () ->
            emergencyCode =
                emergency.revealCode(request.tenant(), request.username(), request.actor()));
  }

  /** The emergency code issued with the order, on the completion page only (else null). */
  public String getEmergencyCode() {
    return emergencyCode;
  }

  /**
   * The holder's active OTP apps, any of which can also authorise signatures (read once a request).
   */
  public List<DeviceSummary> getApps() {
    return request.once(
        "order.apps", () -> registry.activeApps(request.tenant(), request.username()));
  }

  private static String nonNull(String code) {
    return code == null ? "" : code;
  }

  public Step getStep() {
    return step;
  }

  public HolderDataFields getData() {
    return data;
  }

  public HolderSummary getHolder() {
    return holder;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return null;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }

  public String getDeviceChoice() {
    return deviceChoice;
  }

  public void setDeviceChoice(String deviceChoice) {
    this.deviceChoice = deviceChoice;
  }

  public Long getAppId() {
    return appId;
  }

  public void setAppId(Long appId) {
    this.appId = appId;
  }

  public String getAppCode() {
    return appCode;
  }

  public void setAppCode(String appCode) {
    this.appCode = appCode;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
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
