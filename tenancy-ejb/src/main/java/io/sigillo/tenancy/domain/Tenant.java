package io.sigillo.tenancy.domain;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenantChanges;
import io.sigillo.tenancy.api.TenantStatus;
import io.sigillo.tenancy.api.TenantView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reseller. Platform-owned (not multitenant): only the platform operator creates and edits it.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.bySlug", query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = "Tenant.byHost", query = "select t from Tenant t join t.hosts h where h = :host")
@NamedQuery(name = "Tenant.all", query = "select t from Tenant t order by t.slug")
public class Tenant {

  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  @Id
  @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tenant_host", joinColumns = @JoinColumn(name = "tenant_ref"))
  @Column(name = "host", nullable = false, length = 253)
  private List<String> hosts = new ArrayList<>();

  @Column(name = "primary_color", nullable = false, length = 7)
  private String primaryColor;

  @Column(name = "accent_color", nullable = false, length = 7)
  private String accentColor;

  @Column(name = "logo_url", length = 500)
  private String logoUrl;

  @Column(name = "support_email", length = 254)
  private String supportEmail;

  @Column(name = "support_phone", length = 32)
  private String supportPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantStatus status;

  @Column(name = "created_at", nullable = false)
  // EclipseLink 4.0 (JPA 3.1) has no Instant mapping and would serialize it into a byte array
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Tenant() {}

  /** A new tenant, waiting for its login broker to be provisioned. */
  public static Tenant create(NewTenant request, Instant now) {
    TenantId slug = TenantId.of(request.slug() == null ? "" : request.slug().trim());
    String name = request.displayName() == null ? "" : request.displayName().trim();
    if (name.isEmpty() || name.length() > 100) {
      throw new IllegalArgumentException("displayName must be 1..100 characters");
    }
    Tenant tenant = new Tenant();
    tenant.slug = slug.value();
    tenant.displayName = name;
    tenant.hosts = new ArrayList<>(normaliseHosts(request.hosts()));
    tenant.applyBranding(request.branding() == null ? Branding.defaults() : request.branding());
    tenant.status = TenantStatus.PROVISIONING;
    tenant.createdAt = now.atOffset(ZoneOffset.UTC);
    return tenant;
  }

  /** Lowercase host names without port; at least one; each a valid DNS name. */
  public static List<String> normaliseHosts(List<String> hosts) {
    LinkedHashSet<String> result = new LinkedHashSet<>();
    for (String raw : hosts == null ? List.<String>of() : hosts) {
      String host = normaliseHost(raw);
      if (!HOST.matcher(host).matches()) {
        throw new IllegalArgumentException("not a host name: " + raw);
      }
      result.add(host);
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("a tenant needs at least one host name");
    }
    return List.copyOf(result);
  }

  /** The host part of a Host header: lowercase, port and trailing dot removed. */
  public static String normaliseHost(String raw) {
    if (raw == null) {
      return "";
    }
    String host = raw.trim().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /** Applies an edit: name, host names and branding; the slug never changes. */
  public void edit(TenantChanges changes) {
    String name = changes.displayName() == null ? "" : changes.displayName().trim();
    if (name.isEmpty() || name.length() > 100) {
      throw new IllegalArgumentException("displayName must be 1..100 characters");
    }
    List<String> normalised = normaliseHosts(changes.hosts());
    displayName = name;
    hosts.clear();
    hosts.addAll(normalised);
    applyBranding(changes.branding());
  }

  public void applyBranding(Branding branding) {
    primaryColor = branding.primaryColor();
    accentColor = branding.accentColor();
    logoUrl = branding.logoUrl();
    supportEmail = branding.supportEmail();
    supportPhone = branding.supportPhone();
  }

  public void activate() {
    status = TenantStatus.ACTIVE;
  }

  public void disable() {
    status = TenantStatus.DISABLED;
  }

  public TenantStatus status() {
    return status;
  }

  public TenantView view() {
    return new TenantView(
        TenantId.of(slug),
        displayName,
        hosts,
        new Branding(primaryColor, accentColor, logoUrl, supportEmail, supportPhone),
        status);
  }
}
