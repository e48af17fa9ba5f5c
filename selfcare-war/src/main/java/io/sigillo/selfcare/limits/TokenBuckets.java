package io.sigillo.selfcare.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets by key: each key may spend {@code capacity} requests at once and earns them back
 * evenly over {@code window}, so a client that waits the announced time is served again without
 * waiting for a whole fixed window to pass.
 *
 * <p>Kept in this node's memory, at most {@code maxKeys} keys, least recently used first out. A
 * cluster of N nodes behind a round-robin balancer therefore allows up to N times the limit; that
 * is accepted: the limits bound CPU per node, which is what they protect, and brute force on codes
 * is bounded cluster-wide by the OTP registry's own failure counter and lockout in the database. An
 * evicted key starts full again, which only a client spreading over more keys than {@code maxKeys}
 * within one window can provoke.
 */
public final class TokenBuckets {

  private final int capacity;
  private final double nanosPerToken;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets;

  public TokenBuckets(int capacity, long windowNanos, int maxKeys, LongSupplier nanoTime) {
    if (capacity < 1 || windowNanos < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("capacity, window and keys must be positive");
    }
    this.capacity = capacity;
    this.nanosPerToken = (double) windowNanos / capacity;
    this.nanoTime = nanoTime;
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Spends one token of the key's bucket: 0 when the request may go ahead, otherwise the whole
   * seconds (at least 1) after which a token will be there again.
   */
  public long take(String key) {
    long now = nanoTime.getAsLong();
    synchronized (buckets) {
      Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
      double earned = (now - bucket.updated) / nanosPerToken;
      bucket.tokens = Math.min(capacity, bucket.tokens + earned);
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      double waitNanos = (1 - bucket.tokens) * nanosPerToken;
      return Math.max(1, (long) Math.ceil(waitNanos / 1_000_000_000d));
    }
  }

  /** Keys currently held, for tests and metrics. */
  public int size() {
    synchronized (buckets) {
      return buckets.size();
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
