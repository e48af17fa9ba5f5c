package io.sigillo.core.tenant;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The stable identifier of a reseller (tenant): its slug, as stored in every tenant-owned row.
 *
 * <p>A slug is lowercase ASCII letters, digits and dashes, starting with a letter, at most 40
 * characters, so it can be used in host names, Keycloak client ids and log lines without escaping.
 */
public record TenantId(String value) implements Serializable {

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public TenantId {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant slug: " + value);
    }
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  public static boolean isValid(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
