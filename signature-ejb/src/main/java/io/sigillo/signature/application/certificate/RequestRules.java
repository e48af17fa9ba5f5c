package io.sigillo.signature.application.certificate;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.infrastructure.pki.HolderIdentity;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a certificate request's fields. Their agreement with each other (the codice fiscale
 * against name and birth data) is the order flow's check, made before it asks for a certificate.
 */
final class RequestRules {

  static final int MAX_VALIDITY_DAYS = CertificateRequest.MAX_VALIDITY_DAYS;

  private static final Pattern TAX_CODE = Pattern.compile("[A-Z0-9]{16}");
  // letters of any script, spaces, apostrophes, dots and dashes: names as registries write them
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.\\-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");

  private RequestRules() {}

  static HolderIdentity identity(CertificateRequest request) {
    if (request == null) {
      throw invalid("request", "missing");
    }
    if (request.holderId() <= 0) {
      throw invalid("holderId", "> 0");
    }
    String givenName = name("givenName", request.givenName());
    String surname = name("surname", request.surname());
    String taxCode =
        request.codiceFiscale() == null
            ? ""
            : request.codiceFiscale().strip().toUpperCase(Locale.ROOT);
    if (!TAX_CODE.matcher(taxCode).matches()) {
      throw invalid("codiceFiscale", "16 letters and digits");
    }
    String email = request.email() == null ? "" : request.email().strip();
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      throw invalid("email", "name@domain");
    }
    if (request.validityDays() < 1 || request.validityDays() > MAX_VALIDITY_DAYS) {
      throw invalid("validityDays", "1.." + MAX_VALIDITY_DAYS);
    }
    return new HolderIdentity(givenName, surname, taxCode, email.isEmpty() ? null : email);
  }

  private static String name(String field, String value) {
    String stripped = value == null ? "" : value.strip();
    if (!NAME.matcher(stripped).matches()) {
      throw invalid(field, "1..64 letters");
    }
    return stripped.toUpperCase(Locale.ROOT);
  }

  private static SigilloException invalid(String field, String rule) {
    return new SigilloException(CertificateError.REQUEST_INVALID, field, rule);
  }
}
