package io.sigillo.selfcare.view.signature;

import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.ContactChangeStarted;
import io.sigillo.signature.api.ContactChanges;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.Holders;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The holder's contacts and their change: Edit next to the mobile or the e-mail, the
 * remote-signature password and the new contact, then the code sent to the new contact and an OTP
 * of the signature device, and the change is saved.
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is in a change. */
  public enum Step {
    VIEW,
    EDIT,
    CODE,
    DONE
  }

  @Inject private Holders holders;
  @Inject private ContactChanges changes;
  @Inject private RequestContext request;

  private HolderSummary holder;
  private Step step = Step.VIEW;
  private ContactKind kind;
  private String password;
  private String value;
  private ContactChangeStarted started;
  private String code;
  private String otp;

  @PostConstruct
  void load() {
    holder = holders.find(request.tenant(), request.username()).orElse(null);
  }

  public String editMobile() {
    return edit(ContactKind.MOBILE);
  }

  public String editEmail() {
    return edit(ContactKind.EMAIL);
  }

  private String edit(ContactKind which) {
    kind = which;
    step = Step.EDIT;
    value = null;
    return null;
  }

  public String start() {
    FacesErrors.attempt(
        () -> {
          started =
              changes.start(
                  request.tenant(),
                  request.username(),
                  kind,
                  value,
                  password == null ? new char[0] : password.toCharArray(),
                  request.locale(),
                  request.tenantName(),
                  request.actor());
          step = Step.CODE;
        },
        () -> password = null);
    return null;
  }

  public String confirm() {
    FacesErrors.attempt(
        () -> {
          holder =
              changes.confirm(
                  request.tenant(),
                  request.username(),
                  started.changeId(),
                  code,
                  otp,
                  request.locale(),
                  request.tenantName(),
                  request.actor());
          step = Step.DONE;
        },
        () -> {
          code = null;
          otp = null;
        });
    return null;
  }

  public String cancel() {
    step = Step.VIEW;
    started = null;
    return null;
  }

  public HolderSummary getHolder() {
    return holder;
  }

  public Step getStep() {
    return step;
  }

  public String getKind() {
    return kind == null ? "" : kind.name();
  }

  public ContactChangeStarted getStarted() {
    return started;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }
}
