package io.sigillo.selfcare.view.signature;

import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.DeviceReplacementStarted;
import io.sigillo.signature.api.DeviceReplacements;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureDeviceResync;
import io.sigillo.signature.api.SignatureDeviceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature device: its state, unlock after too many wrong codes and resynchronisation of a
 * token pressed many times, each with the remote-signature password and consecutive codes; after a
 * re-association of the SPID app, the one step that makes the new app the signature device.
 */
@Named
@ViewScoped
public class DeviceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignatureDevice device;
  @Inject private DeviceReplacements replacements;
  @Inject private OtpRegistry registry;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private SignatureDeviceSummary summary;
  private String password;
  private String firstCode;
  private String secondCode;
  private String thirdCode;
  private SignatureDeviceResync result;
  private SignatureDeviceChange change = SignatureDeviceChange.NONE;
  private String code;
  private boolean confirmed;
  private DeviceReplacementStarted replacement;
  private String smsCode;
  private Long appId;
  private String serial;
  private String assignedToken;

  @PostConstruct
  void load() {
    FacesErrors.attempt(
        () -> {
          summary = device.device(request.tenant(), request.username()).orElse(null);
          change =
              summary == null
                  ? SignatureDeviceChange.NONE
                  : device.change(request.tenant(), request.username());
          // a token the operator reserved for this holder: the replacement completes with it
          assignedToken =
              summary == null
                  ? null
                  : device.assignedToken(request.tenant(), request.username()).orElse(null);
          if (assignedToken != null && serial == null) {
            serial = assignedToken;
          }
        });
  }

  /** A replacement's first step: the signature password, then a code to the verified mobile. */
  public String startReplacement() {
    FacesErrors.attempt(
        () ->
            replacement =
                replacements.start(
                    request.tenant(),
                    request.username(),
                    password == null ? new char[0] : password.toCharArray(),
                    request.locale(),
                    request.tenantName(),
                    request.actor()),
        () -> password = null);
    return null;
  }

  /** One of the holder's apps takes the device's place: the SMS code and a code of the app. */
  public String replaceWithApp() {
    return replaced(
        () ->
            replacements.toApp(
                request.tenant(),
                request.username(),
                replacement.challengeId(),
                smsCode,
                appId == null ? -1 : appId,
                code,
                request.actor()));
  }

  /** A token from stock takes the device's place: the SMS code and two consecutive codes. */
  public String replaceWithToken() {
    return replaced(
        () ->
            replacements.toToken(
                request.tenant(),
                request.username(),
                replacement.challengeId(),
                smsCode,
                serial,
                List.of(nonNull(firstCode), nonNull(secondCode)),
                request.actor()));
  }

  private String replaced(FacesErrors.Step step) {
    if (replacement == null) {
      return null;
    }
    FacesErrors.attempt(
        () -> {
          step.run();
          replacement = null;
          confirmed = true;
          load();
        },
        () -> {
          smsCode = null;
          code = null;
          firstCode = null;
          secondCode = null;
        });
    return null;
  }

  public String getAssignedToken() {
    return assignedToken;
  }

  /** The holder's active apps, any of which can take the signature device's place. */
  public List<DeviceSummary> getApps() {
    return request.once(
        "device.apps", () -> registry.activeApps(request.tenant(), request.username()));
  }

  /** The re-associated app becomes the signature device: signature password and a code of it. */
  public String confirmNewApp() {
    FacesErrors.attempt(
        () -> {
          device.confirmNewApp(
              request.tenant(),
              request.username(),
              password == null ? new char[0] : password.toCharArray(),
              code,
              request.actor());
          confirmed = true;
          load();
        },
        () -> {
          password = null;
          code = null;
        });
    return null;
  }

  public String unlock() {
    return prove(true);
  }

  public String resync() {
    return prove(false);
  }

  private String prove(boolean unlock) {
    FacesErrors.attempt(
        () -> {
          List<String> codes = new ArrayList<>(List.of(nonNull(firstCode), nonNull(secondCode)));
          if (thirdCode != null && !thirdCode.isBlank()) {
            codes.add(thirdCode);
          }
          char[] secret = password == null ? new char[0] : password.toCharArray();
          result =
              unlock
                  ? device.unlock(
                      request.tenant(), request.username(), secret, codes, request.actor())
                  : device.resynchronise(
                      request.tenant(), request.username(), secret, codes, request.actor());
          String outcome = page.text("device.result." + result.status().name());
          if (result.synchronised()) {
            FacesErrors.info(outcome);
          } else {
            FacesErrors.warning(outcome);
          }
          load();
        },
        () -> {
          password = null;
          firstCode = null;
          secondCode = null;
          thirdCode = null;
        });
    return null;
  }

  private static String nonNull(String code) {
    return code == null ? "" : code;
  }

  public SignatureDeviceSummary getSummary() {
    return summary;
  }

  public DeviceReplacementStarted getReplacement() {
    return replacement;
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String smsCode) {
    this.smsCode = smsCode;
  }

  public Long getAppId() {
    return appId;
  }

  public void setAppId(Long appId) {
    this.appId = appId;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public SignatureDeviceChange getChange() {
    return change;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SignatureDeviceResync getResult() {
    return result;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
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

  public String getThirdCode() {
    return thirdCode;
  }

  public void setThirdCode(String thirdCode) {
    this.thirdCode = thirdCode;
  }
}
