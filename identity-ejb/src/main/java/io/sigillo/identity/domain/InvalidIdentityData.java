package io.sigillo.identity.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.MobileNumber;
import io.sigillo.identity.api.IdentityError;

/**
 * A field of an identity that breaks its rules; {@link #refusal} is the catalogued error: IDN-050
 * for a mobile number (with what was typed), IDN-003 naming any other field.
 */
public class InvalidIdentityData extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;
  // what was typed, when it is not a mobile number
  private String typedMobile;

  public InvalidIdentityData(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  /** What was typed is not a mobile number. */
  public static InvalidIdentityData mobile(String typed) {
    InvalidIdentityData invalid = new InvalidIdentityData("mobile", "a mobile number");
    invalid.typedMobile = MobileNumber.shown(typed);
    return invalid;
  }

  public SigilloException refusal() {
    return typedMobile != null
        ? new SigilloException(IdentityError.MOBILE_INVALID, typedMobile)
        : new SigilloException(IdentityError.INVALID_IDENTITY_DATA, field, rule);
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
