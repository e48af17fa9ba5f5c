package io.sigillo.identity.api;

import io.sigillo.core.error.ErrorCode;

/** Identity errors ({@code IDN-xxx}); texts in {@code io.sigillo.identity.api.IdentityErrors}. */
public enum IdentityError implements ErrorCode {
  IDENTITY_NOT_FOUND("IDN-001", 404),
  USERNAME_TAKEN("IDN-002", 409),
  INVALID_IDENTITY_DATA("IDN-003", 400);

  private final String code;
  private final int httpStatus;

  IdentityError(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String bundle() {
    return "io.sigillo.identity.api.IdentityErrors";
  }
}
