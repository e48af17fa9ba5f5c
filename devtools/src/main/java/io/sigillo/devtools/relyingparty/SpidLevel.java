package io.sigillo.devtools.relyingparty;

import java.util.Optional;

/**
 * The SPID levels a relying party may ask Keycloak for, as the URIs of the SPID technical rules
 * that the realm maps to its levels of authentication ({@code acr.loa.map}) and writes back into
 * the {@code acr} claim.
 */
public enum SpidLevel {
  L1("https://www.spid.gov.it/SpidL1"),
  L2("https://www.spid.gov.it/SpidL2");

  private final String uri;

  SpidLevel(String uri) {
    this.uri = uri;
  }

  public String uri() {
    return uri;
  }

  /** The level an {@code acr} claim names; empty for a value outside the SPID levels. */
  public static Optional<SpidLevel> ofAcr(String acr) {
    for (SpidLevel level : values()) {
      if (level.uri.equals(acr)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
