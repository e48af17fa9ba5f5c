package io.sigillo.signature.api;

/**
 * What a new signing certificate says about its holder. The caller (the order or renewal flow) has
 * already checked the holder data against the codice fiscale; the authority checks only the form of
 * each field ({@link CertificateError#REQUEST_INVALID} names the field).
 *
 * @param holderId the holder's id in this module
 * @param givenName the subject's GN
 * @param surname the subject's SN
 * @param codiceFiscale 16 characters; the subject's serialNumber becomes {@code TINIT-<code>}
 * @param email optional (may be null or blank); put in the subjectAltName as rfc822Name
 * @param validityDays 1..1185 (three years and a quarter at most, like qualified certificates)
 */
public record CertificateRequest(
    long holderId,
    String givenName,
    String surname,
    String codiceFiscale,
    String email,
    int validityDays) {

  /** The validity when the tenant's policy says nothing else: three years. */
  public static final int DEFAULT_VALIDITY_DAYS = 1095;

  /** The longest validity the authority issues: three years and a quarter, in days. */
  public static final int MAX_VALIDITY_DAYS = 1185;
}
