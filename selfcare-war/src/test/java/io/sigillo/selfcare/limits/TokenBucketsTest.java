package io.sigillo.selfcare.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private final AtomicLong now = new AtomicLong(1_000);

  @Test
  void aBurstUpToTheCapacityPassesThenTheClientWaitsForOneTokenNotAWholeWindow() {
    TokenBuckets buckets = new TokenBuckets(3, Duration.ofSeconds(30).toNanos(), 10, now::get);

    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    // one token comes back every 10 s
    assertThat(buckets.take("a")).isEqualTo(10);
    assertThat(buckets.take("b")).as("another key has its own bucket").isZero();

    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isEqualTo(10);
  }

  @Test
  void theKeysHeldAreBoundedLeastRecentlyUsedFirstOut() {
    TokenBuckets buckets = new TokenBuckets(1, Duration.ofSeconds(60).toNanos(), 100, now::get);
    for (int i = 0; i < 10_000; i++) {
      buckets.take("address-" + i);
    }
    assertThat(buckets.size()).isEqualTo(100);
  }
}
