package io.sigillo.selfcare.view.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenancyError;
import io.sigillo.tenancy.api.TenantAdministration;
import io.sigillo.tenancy.api.TenantChanges;
import io.sigillo.tenancy.api.TenantPolicies;
import io.sigillo.tenancy.api.TenantPolicy;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
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

  @Inject private Tenants registry;

  @Inject private Actors actors;
  @Inject private TenantAdministration administration;
  @Inject private TenantPolicies policies;

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
    return FacesErrors.navigate(
        () -> {
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
                    new NewTenant(slug, displayName, hostList(), branding),
                    actor(),
                    correlationId());
            FacesErrors.info(text("platform.created"));
          }
          fill(saved);
          FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
          return "/platform/tenant.xhtml?faces-redirect=true&slug=" + saved.id().value();
        });
  }

  public String uploadLogo() {
    FacesErrors.attempt(
        () -> {
          if (logo == null || logo.getSize() == 0) {
            throw new SigilloException(TenancyError.LOGO_NOT_AN_IMAGE);
          }
          if (logo.getSize() > TenantAdministration.MAX_LOGO_BYTES) {
            throw new SigilloException(
                TenancyError.LOGO_TOO_LARGE, TenantAdministration.MAX_LOGO_BYTES / 1024);
          }
          fill(administration.uploadLogo(TenantId.of(slug), read(logo), actor(), correlationId()));
          FacesErrors.info(text("platform.logo.uploaded"));
        });
    return null;
  }

  /** The logo's bytes; a file that cannot be read is refused as not an image. */
  private static byte[] read(Part logo) {
    try (InputStream in = logo.getInputStream()) {
      return in.readNBytes(TenantAdministration.MAX_LOGO_BYTES + 1);
    } catch (IOException e) {
      throw new SigilloException(TenancyError.LOGO_NOT_AN_IMAGE);
    }
  }

  public String disable() {
    return lifecycle(false);
  }

  public String enable() {
    return lifecycle(true);
  }

  private String lifecycle(boolean enable) {
    FacesErrors.attempt(
        () -> {
          TenantId id = TenantId.of(slug);
          fill(
              enable
                  ? administration.enable(id, actor(), correlationId())
                  : administration.disable(id, actor(), correlationId()));
          FacesErrors.info(text(enable ? "platform.enabled" : "platform.disabled"));
        });
    return null;
  }

  /**
   * Stores the tenant's OTP windows and lockout and its remote-signature policy as one ({@link
   * TenantPolicies}): a refused value leaves both as they were, and every field keeps what was
   * typed, so only the named value needs correcting.
   */
  public String savePolicies() {
    TenantId id = TenantId.of(slug);
    if (!FacesErrors.attempt(
        () -> {
          TenantPolicy wanted =
              new TenantPolicy(
                  loginWindow,
                  loginLookAhead,
                  loginLockout,
                  signWindow,
                  signLookAhead,
                  signLockout,
                  certificateValidity,
                  renewalWindow);
          boolean signatureChanged = wanted.signatureDiffers(policies.current(id));
          fillPolicies(policies.save(id, wanted, actors.actor()));
          if (signatureChanged) {
            FacesErrors.info(text("platform.policies.signature.saved"));
          }
          FacesErrors.info(text("platform.policies.saved"));
        })) {
      FacesErrors.info(text("platform.policies.notSaved"));
    }
    return null;
  }

  private void fillPolicies(TenantPolicy policy) {
    loginWindow = policy.loginWindow();
    loginLookAhead = policy.loginLookAhead();
    loginLockout = policy.loginLockout();
    signWindow = policy.signWindow();
    signLookAhead = policy.signLookAhead();
    signLockout = policy.signLockout();
    renewalWindow = policy.renewalWindowDays();
    certificateValidity = policy.certificateValidityDays();
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
  }

  private static Branding branding(
      String primary, String accent, String logo, String email, String phone) {
    try {
      return new Branding(primary, accent, logo, email, blankToNull(phone));
    } catch (IllegalArgumentException e) {
      throw new SigilloException(TenancyError.TENANT_FORM_INVALID, "branding", e.getMessage());
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
