package io.sigillo.selfcare.view.support;

import io.sigillo.core.error.SigilloException;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.support.api.NewSupportRequest;
import io.sigillo.reseller.support.api.NoticeRecipient;
import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.reseller.support.api.SupportSummary;
import io.sigillo.selfcare.error.LastError;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.support.UserAgents;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.tenancy.api.TenantView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * The support form: pre-filled with the last error (from the link of an error page, else the one
 * kept in the session) and with the operating system and browser the request's User-Agent names.
 */
@Named
@ViewScoped
public class SupportFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;
  @Inject private Actors actors;

  private String errorCode;
  private String correlationId;
  private String os;
  private String browser;
  private String description;
  private transient Part screenshot;

  /** View action: fills what the portal already knows. */
  public void load() {
    HttpServletRequest request = request();
    Optional<LastError> last = LastError.of(request);
    if ((errorCode == null || errorCode.isBlank()) && last.isPresent()) {
      errorCode = last.get().code();
      correlationId = last.get().correlationId();
    }
    String userAgent = request.getHeader("User-Agent");
    os = UserAgents.os(userAgent);
    browser = UserAgents.browser(userAgent);
  }

  public String submit() {
    Optional<LastError> reported = LastError.of(request());
    String outcome = submitted();
    if (outcome == null) {
      LastError.restore(request(), reported);
    }
    return outcome;
  }

  private String submitted() {
    return FacesErrors.navigate(
        () -> {
          byte[] upload = null;
          if (screenshot != null && screenshot.getSize() > 0) {
            if (screenshot.getSize() > SupportDesk.MAX_SCREENSHOT_BYTES) {
              throw new SigilloException(ResellerError.ATTACHMENT_TOO_LARGE, 5);
            }
            upload = read(screenshot);
          }
          HttpServletRequest request = request();
          SupportSummary opened =
              desk.open(
                  tenant.id(),
                  new NewSupportRequest(errorCode, correlationId, os, browser, description, upload),
                  recipient(tenant.view(), request),
                  actors.actor());
          return "/support/request.xhtml?faces-redirect=true&created=true&id=" + opened.id();
        });
  }

  /** The screenshot's bytes; one that cannot be read is refused as not an image. */
  private static byte[] read(Part screenshot) {
    try (InputStream in = screenshot.getInputStream()) {
      return in.readNBytes(SupportDesk.MAX_SCREENSHOT_BYTES + 1);
    } catch (IOException e) {
      throw new SigilloException(ResellerError.ATTACHMENT_NOT_AN_IMAGE);
    }
  }

  /** The tenant's name and support address, and the link to the new request, for its notice. */
  private static NoticeRecipient recipient(TenantView tenant, HttpServletRequest request) {
    return new NoticeRecipient(
        tenant.displayName(),
        tenant.branding().supportEmail(),
        PortalUrls.absolute(request, "/support/request.xhtml?id="));
  }

  private static HttpServletRequest request() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return (HttpServletRequest) external.getRequest();
  }

  public String getErrorCode() {
    return errorCode;
  }

  public void setErrorCode(String errorCode) {
    this.errorCode = errorCode;
  }

  public String getCorrelationId() {
    return correlationId;
  }

  public void setCorrelationId(String correlationId) {
    this.correlationId = correlationId;
  }

  public String getOs() {
    return os;
  }

  public void setOs(String os) {
    this.os = os;
  }

  public String getBrowser() {
    return browser;
  }

  public void setBrowser(String browser) {
    this.browser = browser;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Part getScreenshot() {
    return screenshot;
  }

  public void setScreenshot(Part screenshot) {
    this.screenshot = screenshot;
  }
}
