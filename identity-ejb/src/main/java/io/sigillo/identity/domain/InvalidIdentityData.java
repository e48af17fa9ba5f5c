package io.sigillo.identity.domain;

/** A field of an identity that breaks its rules; the application layer turns it into IDN-003. */
public class InvalidIdentityData extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  public InvalidIdentityData(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
