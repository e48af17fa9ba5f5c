package io.sigillo.selfcare.view.operator;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.ImportReport;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * Imports a vendor's seed file into the tenant's token stock: a dry run first shows what would
 * happen, the import stores it. The file's secrets go straight to the OTP registry.
 */
@Named
@ViewScoped
public class TokenImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;

  @Inject private Actors actors;
  @Inject private TokenInventory inventory;
  @Inject private SecurityContext security;

  private TokenFileFormat format = TokenFileFormat.PSKC;
  private transient String transportKey;
  private transient Part file;
  private ImportReport report;

  public String check() {
    return run(false);
  }

  public String importTokens() {
    return run(true);
  }

  private String run(boolean commit) {
    boolean done =
        FacesErrors.attempt(
            () -> {
              byte[] content =
                  file != null && file.getSize() > 0 && file.getSize() <= TokenFile.MAX_BYTES
                      ? read(file)
                      : new byte[0];
              HttpServletRequest request =
                  (HttpServletRequest)
                      FacesContext.getCurrentInstance().getExternalContext().getRequest();
              report =
                  inventory.importTokens(
                      tenant.id(),
                      new TokenFile(
                          format,
                          content,
                          transportKey == null || transportKey.isBlank()
                              ? Optional.empty()
                              : Optional.of(transportKey.strip())),
                      commit,
                      actors.actor());
            });
    if (!done) {
      report = null;
    }
    return null;
  }

  /** The file's bytes; one that cannot be read is refused as invalid input. */
  private static byte[] read(Part file) {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(TokenFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new SigilloException(
          io.sigillo.core.error.PlatformError.VALIDATION, "file", "unreadable");
    }
  }

  public TokenFileFormat[] getFormats() {
    return TokenFileFormat.values();
  }

  public TokenFileFormat getFormat() {
    return format;
  }

  public void setFormat(TokenFileFormat format) {
    this.format = format;
  }

  public String getTransportKey() {
    return transportKey;
  }

  public void setTransportKey(String transportKey) {
    this.transportKey = transportKey;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }
}
