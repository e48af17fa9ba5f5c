package io.sigillo.signature.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.HolderData;

/**
 * Lengths no real holder datum reaches, checked before any comparison. The place of birth is
 * matched against every municipality and foreign state by edit distance, whose cost grows with the
 * typed length: without a bound, one request with a megabyte-long place keeps a core busy for
 * seconds. The longest Italian municipality name has 34 characters and the longest foreign state in
 * the registry about 50, so 100 leaves room for typing noise; names allow for several given names
 * or compound surnames; a tax code has 16 characters, a few more are kept so that a mistyped one is
 * still reported field by field rather than refused.
 */
final class HolderDataLimits {

  static final int NAME = 150;
  static final int PLACE = 100;
  static final int TAX_CODE = 32;

  private HolderDataLimits() {}

  static void require(HolderData data) {
    check("surname", data.surname(), NAME);
    check("givenName", data.givenName(), NAME);
    check("placeOfBirth", data.placeOfBirth(), PLACE);
    check("provinceOfBirth", data.provinceOfBirth(), PLACE);
    check("codiceFiscale", data.codiceFiscale(), TAX_CODE);
  }

  private static void check(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new SigilloException(PlatformError.FIELD_TOO_LONG, field, max);
    }
  }
}
