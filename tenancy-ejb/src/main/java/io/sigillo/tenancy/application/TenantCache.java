package io.sigillo.tenancy.application;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.StoredLogo;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import io.sigillo.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Host name → tenant, kept for a short time so that resolving the tenant does not cost a query per
 * request. Changes made on this node evict at once; other nodes see them within {@link #TTL}.
 *
 * <p>The Host header is the client's to choose, so what is cached must not grow with it: host names
 * of tenants are kept without bound (there are as many as the tenants have), host names of no
 * tenant only up to {@link #MAX_UNKNOWN_HOSTS}, least recently asked first out. A client sending
 * ever new names then costs one indexed query per request, as without a cache, and no memory.
 *
 * <p>The web edge's {@link Tenants}: a plain bean, not a session bean, so the lookup every request
 * makes costs no container call; the other lookups go to the role-checked registry beans.
 */
@ApplicationScoped
public class TenantCache implements Tenants {

  static final Duration TTL = Duration.ofSeconds(30);

  /** Unknown host names remembered: enough for the probes and typos a portal sees. */
  static final int MAX_UNKNOWN_HOSTS = 1_000;

  private final ConcurrentHashMap<String, Entry> known = new ConcurrentHashMap<>();

  private final Map<String, Instant> unknown =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
          return size() > MAX_UNKNOWN_HOSTS;
        }
      };

  @Inject private TenantRegistry registry;
  @Inject private TenantLogos logos;

  @Override
  public Optional<TenantView> find(TenantId id) {
    return registry.find(id);
  }

  @Override
  public List<TenantView> list() {
    return registry.list();
  }

  @Override
  public Optional<StoredLogo> logo(TenantId id) {
    return logos.find(id);
  }

  @Override
  public Optional<TenantView> byHost(String host) {
    String key = Tenant.normaliseHost(host);
    Instant now = Instant.now();
    Entry entry = known.get(key);
    if (entry != null && !entry.expires.isBefore(now)) {
      return Optional.of(entry.tenant);
    }
    synchronized (unknown) {
      Instant expires = unknown.get(key);
      if (expires != null && !expires.isBefore(now)) {
        return Optional.empty();
      }
    }
    Optional<TenantView> found = registry.findByHost(key);
    if (found.isPresent()) {
      known.put(key, new Entry(found.get(), now.plus(TTL)));
      synchronized (unknown) {
        unknown.remove(key);
      }
    } else {
      known.remove(key);
      synchronized (unknown) {
        unknown.put(key, now.plus(TTL));
      }
    }
    return found;
  }

  public void evict() {
    known.clear();
    synchronized (unknown) {
      unknown.clear();
    }
  }

  /** Host names held, known and unknown: what a flood of invented Host headers could grow. */
  public int size() {
    synchronized (unknown) {
      return known.size() + unknown.size();
    }
  }

  private record Entry(TenantView tenant, Instant expires) {}
}
