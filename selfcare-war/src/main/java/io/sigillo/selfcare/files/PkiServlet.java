package io.sigillo.selfcare.files;

import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.signature.api.CertificateAuthority;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Public, without login, like any CA repository: relying parties (PDF readers, validators) fetch
 * these without an account. {@code /pki/ca.crt} is the CA certificate (DER, the AIA caIssuers URL),
 * {@code /pki/crl} the current CRL (DER, the CRL distribution point), {@code /pki/pds} the
 * disclosure statement named in the certificates' QcPDS statement.
 */
@WebServlet("/pki/*")
public class PkiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private CertificateAuthority authority;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (path) {
      case "/ca.crt" ->
          FileResponses.send(
              response,
              "application/pkix-cert",
              authority.caCertificate(tenant.id()),
              FileResponses.PUBLIC_DAY);
      // short caching: a revocation must reach relying parties quickly
      case "/crl" ->
          FileResponses.send(
              response, "application/pkix-crl", authority.crl(tenant.id()), "public, max-age=300");
      case "/pds" ->
          FileResponses.send(
              response,
              "text/plain; charset=UTF-8",
              disclosure().getBytes(StandardCharsets.UTF_8),
              FileResponses.PUBLIC_DAY);
      default -> ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
    }
  }

  private String disclosure() {
    String name = tenant.getDisplayName();
    return "Firma remota - "
        + name
        + "\nI certificati di firma sono emessi dalla CA interna del portale; le chiavi private"
        + " sono generate e custodite nel dispositivo sicuro del fornitore e non ne escono mai."
        + "\nLo stato dei certificati è pubblicato nella lista di revoca (CRL) a /pki/crl.\n\n"
        + "Remote signature - "
        + name
        + "\nSigning certificates are issued by the portal's internal CA; private keys are"
        + " generated and kept in the provider's secure device and never leave it."
        + "\nCertificate status is published in the revocation list (CRL) at /pki/crl.\n";
  }
}
