package io.sigillo.tenancy.api;

/** A tenant's logo as stored: already checked, so it can be served as it is. */
public record StoredLogo(String mediaType, byte[] content) {

  public StoredLogo {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
