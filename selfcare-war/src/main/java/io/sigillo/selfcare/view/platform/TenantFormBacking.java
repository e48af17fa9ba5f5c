package io.sigillo.selfcare.view.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.selfcare.error.PortalError;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.Branding;
import io.sigillo.selfcare.tenant.NewTenant;
import io.sigillo.selfcare.tenant.TenantAdministration;
import io.sigillo.selfcare.tenant.TenantChanges;
import io.sigillo.selfcare.tenant.TenantLogos;
import io.sigillo.selfcare.tenant.TenantRegistry;
import io.sigillo.selfcare.tenant.TenantView;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Creates a reseller, or edits one: name, hosts, brand, support contact, logo, status, and its
 * policies (OTP windows and lockout, remote-signature renewal window and certificate validity).
 */
@Named
@ViewScoped
public class TenantFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TenantRegistry registry;

  @Inject private Actors actors;
  @Inject private TenantAdministration administration;
  @Inject private OtpPolicies policies;
  @Inject private SignaturePolicies signaturePolicies;

  private String slug;
  private boolean existing;
  private String status;
  private String displayName;
  private String hosts;
  private String primaryColor = Branding.defaults().primaryColor();
  private String accentColor = Branding.defaults().accentColor();
  private String logoUrl;
  private String supportEmail;
  private String supportPhone;
  private transient Part logo;
  private int loginWindow;
  private int loginLookAhead;
  private int loginLockout;
  private int signWindow;
  private int signLookAhead;
  private int signLockout;
  private int renewalWindow;
  private int certificateValidity;

  /** View action: loads the tenant named by {@code ?slug=}, or prepares a new one. */
  public void load() {
    if (slug == null || slug.isBlank()) {
      return;
    }
    if (!TenantId.isValid(slug)) {
      throw new SigilloException(PlatformError.NOT_FOUND);
    }
    fill(
        registry
            .find(TenantId.of(slug))
            .orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND)));
  }

  public String save() {
    try {
      Branding branding =
          branding(primaryColor, accentColor, logoUrl, blankToNull(supportEmail), supportPhone);
      TenantView saved;
      if (existing) {
        saved =
            administration.edit(
                TenantId.of(slug),
                new TenantChanges(displayName, hostList(), branding),
                actor(),
                correlationId());
        FacesErrors.info(text("platform.saved"));
      } else {
        saved =
            administration.create(
                new NewTenant(slug, displayName, hostList(), branding), actor(), correlationId());
        FacesErrors.info(text("platform.created"));
      }
      fill(saved);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/platform/tenant.xhtml?faces-redirect=true&slug=" + saved.id().value();
    } catch (SigilloException e) {
      FacesErrors.show(e);
      return null;
    }
  }

  public String uploadLogo() {
    try {
      if (logo == null || logo.getSize() == 0) {
        throw new SigilloException(PortalError.LOGO_NOT_AN_IMAGE);
      }
      if (logo.getSize() > TenantLogos.MAX_BYTES) {
        throw new SigilloException(PortalError.LOGO_TOO_LARGE, TenantLogos.MAX_BYTES / 1024);
      }
      byte[] content;
      try (InputStream in = logo.getInputStream()) {
        content = in.readNBytes(TenantLogos.MAX_BYTES + 1);
      }
      fill(administration.uploadLogo(TenantId.of(slug), content, actor(), correlationId()));
      FacesErrors.info(text("platform.logo.uploaded"));
    } catch (SigilloException e) {
      FacesErrors.show(e);
    } catch (IOException e) {
      FacesErrors.show(new SigilloException(PortalError.LOGO_NOT_AN_IMAGE));
    }
    return null;
  }

  public String disable() {
    return lifecycle(false);
  }

  public String enable() {
    return lifecycle(true);
  }

  private String lifecycle(boolean enable) {
    try {
      TenantId id = TenantId.of(slug);
      fill(
          enable
              ? administration.enable(id, actor(), correlationId())
              : administration.disable(id, actor(), correlationId()));
      FacesErrors.info(text(enable ? "platform.enabled" : "platform.disabled"));
    } catch (SigilloException e) {
      FacesErrors.show(e);
    }
    return null;
  }

  /**
   * Stores the tenant's remote-signature policy, then its OTP windows and lockout, each through its
   * module's policy api (which checks every value and audits the change); the other OTP values are
   * kept as they are. A refused signature value stops the save before anything is stored, and every
   * field keeps what was typed, so only the named value needs correcting.
   */
  public String savePolicies() {
    TenantId id = TenantId.of(slug);
    try {
      SignaturePolicySettings wanted =
          new SignaturePolicySettings(certificateValidity, renewalWindow);
      // unchanged values are not stored, so a tenant keeps following the platform defaults
      if (!wanted.equals(signaturePolicies.current(id))) {
        fillSignaturePolicy(signaturePolicies.update(id, wanted, actors.actor()));
        FacesErrors.info(text("platform.policies.signature.saved"));
      }
    } catch (SigilloException e) {
      FacesErrors.show(e);
      FacesErrors.info(text("platform.policies.notSaved"));
      return null;
    }
    try {
      PolicySettings current = policies.current(id);
      PolicySettings updated =
          new PolicySettings(
              purpose(current.login(), loginWindow, loginLookAhead, loginLockout),
              purpose(current.sign(), signWindow, signLookAhead, signLockout),
              current.driftCapSteps(),
              current.diagnosticWindowSeconds(),
              current.resyncHotpWindow(),
              current.resyncTotpSteps(),
              current.resyncThirdCodeBeyond());
      fillPolicies(policies.update(id, updated, actors.actor()));
      FacesErrors.info(text("platform.policies.saved"));
    } catch (SigilloException e) {
      FacesErrors.show(e);
    }
    return null;
  }

  private static PurposeSettings purpose(
      PurposeSettings current, int window, int lookAhead, int lockout) {
    return new PurposeSettings(
        window, lookAhead, lockout, current.firstDelaySeconds(), current.selfUnlocksPer30Days());
  }

  private void fillPolicies(PolicySettings settings) {
    loginWindow = settings.login().totpWindowSteps();
    loginLookAhead = settings.login().hotpLookAhead();
    loginLockout = settings.login().lockoutThreshold();
    signWindow = settings.sign().totpWindowSteps();
    signLookAhead = settings.sign().hotpLookAhead();
    signLockout = settings.sign().lockoutThreshold();
  }

  private void fillSignaturePolicy(SignaturePolicySettings settings) {
    renewalWindow = settings.renewalWindowDays();
    certificateValidity = settings.certificateValidityDays();
  }

  private void fill(TenantView tenant) {
    slug = tenant.id().value();
    existing = true;
    status = tenant.status().name();
    displayName = tenant.displayName();
    hosts = String.join("\n", tenant.hosts());
    primaryColor = tenant.branding().primaryColor();
    accentColor = tenant.branding().accentColor();
    logoUrl = tenant.branding().logoUrl();
    supportEmail = tenant.branding().supportEmail();
    supportPhone = tenant.branding().supportPhone();
    fillPolicies(policies.current(tenant.id()));
    fillSignaturePolicy(signaturePolicies.current(tenant.id()));
  }

  private static Branding branding(
      String primary, String accent, String logo, String email, String phone) {
    try {
      return new Branding(primary, accent, logo, email, blankToNull(phone));
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PortalError.TENANT_FORM_INVALID, "branding", e.getMessage());
    }
  }

  private List<String> hostList() {
    return hosts == null
        ? List.of()
        : Arrays.stream(hosts.split("[\\s,]+")).filter(h -> !h.isBlank()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static String actor() {
    return request().getUserPrincipal().getName();
  }

  private static String correlationId() {
    return RequestCorrelation.of(request());
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "res");
    return bundle.getString(key);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getStatus() {
    return status;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getHosts() {
    return hosts;
  }

  public void setHosts(String hosts) {
    this.hosts = hosts;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public void setAccentColor(String accentColor) {
    this.accentColor = accentColor;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public String getSupportEmail() {
    return supportEmail;
  }

  public void setSupportEmail(String supportEmail) {
    this.supportEmail = supportEmail;
  }

  public String getSupportPhone() {
    return supportPhone;
  }

  public void setSupportPhone(String supportPhone) {
    this.supportPhone = supportPhone;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public int getLoginWindow() {
    return loginWindow;
  }

  public void setLoginWindow(int loginWindow) {
    this.loginWindow = loginWindow;
  }

  public int getLoginLookAhead() {
    return loginLookAhead;
  }

  public void setLoginLookAhead(int loginLookAhead) {
    this.loginLookAhead = loginLookAhead;
  }

  public int getLoginLockout() {
    return loginLockout;
  }

  public void setLoginLockout(int loginLockout) {
    this.loginLockout = loginLockout;
  }

  public int getSignWindow() {
    return signWindow;
  }

  public void setSignWindow(int signWindow) {
    this.signWindow = signWindow;
  }

  public int getSignLookAhead() {
    return signLookAhead;
  }

  public void setSignLookAhead(int signLookAhead) {
    this.signLookAhead = signLookAhead;
  }

  public int getSignLockout() {
    return signLockout;
  }

  public void setSignLockout(int signLockout) {
    this.signLockout = signLockout;
  }

  public int getRenewalWindow() {
    return renewalWindow;
  }

  public void setRenewalWindow(int renewalWindow) {
    this.renewalWindow = renewalWindow;
  }

  public int getCertificateValidity() {
    return certificateValidity;
  }

  public void setCertificateValidity(int certificateValidity) {
    this.certificateValidity = certificateValidity;
  }
}
