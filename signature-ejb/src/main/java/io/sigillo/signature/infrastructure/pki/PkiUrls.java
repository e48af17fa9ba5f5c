package io.sigillo.signature.infrastructure.pki;

import io.sigillo.core.tenant.TenantId;

/**
 * Where a tenant's portal publishes its CA certificate and CRL, written into every certificate it
 * issues (CRL distribution point, authority information access).
 *
 * @param template base URL with {@code {tenant}} standing for the tenant's slug, for example {@code
 *     https://{tenant}.example.it/pki}
 */
public record PkiUrls(String template) {

  public String base(TenantId tenant) {
    String base = template.replace("{tenant}", tenant.value());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String crl(TenantId tenant) {
    return base(tenant) + "/crl";
  }

  public String caCertificate(TenantId tenant) {
    return base(tenant) + "/ca.crt";
  }

  public String disclosure(TenantId tenant) {
    return base(tenant) + "/pds";
  }
}
