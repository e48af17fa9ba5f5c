package io.sigillo.otp.application;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.infrastructure.persistence.PolicyStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policy in force for a tenant: its stored one, else the platform defaults.
 *
 * <p>Cached per tenant, because every code check needs it and it changes rarely: reading it was one
 * query per validation. A change made on this node is dropped from the cache when its transaction
 * ends, so the next attempt here uses it; another node picks it up within {@link #TIME_TO_LIVE}. A
 * load that raced a change is not kept (the generation moved), so a policy read just before a
 * commit cannot linger for a whole period.
 */
@ApplicationScoped
class Policies {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

  private record Cached(OtpPolicy policy, long expiresAtNanos) {}

  @Inject private PolicyStore store;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  OtpPolicy of(TenantId tenant) {
    long now = System.nanoTime();
    Cached cached = cache.get(tenant);
    if (cached != null && now - cached.expiresAtNanos() < 0) {
      return cached.policy();
    }
    long seen = generation.get();
    OtpPolicy policy = store.find(tenant).map(PolicyMapping::policy).orElseGet(OtpPolicy::defaults);
    cache.put(tenant, new Cached(policy, now + TIME_TO_LIVE.toNanos()));
    if (generation.get() != seen) {
      cache.remove(tenant);
    }
    return policy;
  }

  /**
   * Forgets the tenant's policy now and again when the changing transaction ends, whether it
   * committed or not: a reader between the two may have loaded the old row.
   */
  void changed(TenantId tenant) {
    forget(tenant);
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              forget(tenant);
            }
          });
    }
  }

  private void forget(TenantId tenant) {
    generation.incrementAndGet();
    cache.remove(tenant);
  }
}
