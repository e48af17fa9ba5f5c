package io.sigillo.selfcare.view.operator;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityImport;
import io.sigillo.identity.api.IdentityImportProblem;
import io.sigillo.identity.api.IdentityImportReport;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Imports a migrating reseller's customers from a CSV file: a dry run first shows every line's
 * fate, the import stores the new ones and sends their activation e-mails. Running it again adds
 * nothing twice.
 */
@Named
@ViewScoped
public class IdentityImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestContext portal;
  @Inject private IdentityImport imports;

  private transient Part file;
  private IdentityImportReport report;

  /** A refused line as the page shows it: line, username, code and the catalogue's message. */
  public record Line(int line, String username, String code, String message)
      implements Serializable {}

  private List<Line> lines = List.of();

  public String check() {
    return run(false);
  }

  public String importIdentities() {
    return run(true);
  }

  private String run(boolean commit) {
    boolean done =
        FacesErrors.attempt(
            () -> {
              byte[] content =
                  file != null && file.getSize() > 0 && file.getSize() <= IdentityImport.MAX_BYTES
                      ? read(file)
                      : new byte[0];
              report =
                  imports.importIdentities(
                      portal.tenant(),
                      content,
                      commit,
                      portal.locale(),
                      portal.tenantName(),
                      PortalUrls.absolute(portal.http(), EnrolBacking.ACTIVATION_PAGE),
                      portal.actor());
              lines = report.problems().stream().map(this::line).toList();
            });
    if (!done) {
      report = null;
      lines = List.of();
    }
    file = null;
    return null;
  }

  private Line line(IdentityImportProblem problem) {
    var text = ErrorCatalogue.describe(problem.error(), portal.locale(), problem.arguments());
    return new Line(problem.line(), problem.username(), text.code(), text.message());
  }

  private static byte[] read(Part file) {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(IdentityImport.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new SigilloException(IdentityError.IMPORT_LINE_MALFORMED, 1);
    }
  }

  public String getHeader() {
    return IdentityImport.HEADER;
  }

  public IdentityImportReport getReport() {
    return report;
  }

  public List<Line> getLines() {
    return lines;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
