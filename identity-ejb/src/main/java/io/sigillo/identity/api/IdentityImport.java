package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;

/**
 * Bulk import of the identities of a reseller migrating its customers from another provider, who
 * identified them already: a CSV file with the header {@value #HEADER}, checked line by line as an
 * operator's enrolment is (personal data against the codice fiscale), first as a dry run. Imported
 * identities are active with their contacts as verified by the previous provider; each gets a login
 * account without password and the activation e-mail. Idempotent: a line whose username and codice
 * fiscale the tenant already has together is left alone. The tenant's operators at level 2 only;
 * audited.
 */
@Local
public interface IdentityImport {

  String HEADER =
      "username,givenName,surname,sex,birthDate,placeOfBirth,provinceOfBirth,codiceFiscale,email,mobile";

  int MAX_ROWS = 2_000;
  int MAX_BYTES = 512 * 1024;

  IdentityImportReport importIdentities(
      TenantId tenant,
      byte[] csv,
      boolean commit,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor);
}
