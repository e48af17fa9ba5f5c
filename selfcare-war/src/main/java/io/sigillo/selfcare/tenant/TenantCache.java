package io.sigillo.selfcare.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Host name → tenant, kept for a short time so that resolving the tenant does not cost a query per
 * request. Changes made on this node evict at once; other nodes see them within {@link #TTL}.
 */
@ApplicationScoped
public class TenantCache {

  static final Duration TTL = Duration.ofSeconds(30);

  private final ConcurrentHashMap<String, Entry> byHost = new ConcurrentHashMap<>();

  @Inject private TenantRegistry registry;

  public Optional<TenantView> byHost(String host) {
    String key = Tenant.normaliseHost(host);
    Instant now = Instant.now();
    Entry entry = byHost.get(key);
    if (entry == null || entry.expires.isBefore(now)) {
      entry = new Entry(registry.findByHost(key), now.plus(TTL));
      byHost.put(key, entry);
    }
    return entry.tenant;
  }

  public void evict() {
    byHost.clear();
  }

  private record Entry(Optional<TenantView> tenant, Instant expires) {}
}
