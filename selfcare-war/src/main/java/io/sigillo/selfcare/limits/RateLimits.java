package io.sigillo.selfcare.limits;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two rate limits of the portal, both answered with 429 ({@code SIG-041}) and {@code
 * Retry-After}:
 *
 * <ul>
 *   <li><b>Per client address</b> on endpoints anyone may call without signing in ({@code
 *       sigillo.limits.rate.address.*}). An address is all an anonymous caller has.
 *   <li><b>Per account and device</b> on endpoints that check a code ({@code
 *       sigillo.limits.rate.code-checks.*}), whoever calls and from wherever. Guessing codes is an
 *       attack on one person's device, so that is the key: a botnet gains nothing by spreading over
 *       addresses. Not per address on purpose: signed-in callers are accountable by their token,
 *       and a reseller's back end (or {@code scripts/bench-validate.sh}, thousands of validations a
 *       second from 127.0.0.1 with one token across 10,000 devices) legitimately concentrates many
 *       people behind one address and one caller.
 * </ul>
 *
 * <p>The defaults are generous for people (a form's live check calls once per changed field; a
 * person types a code a few times a minute) and for the test suites that share 127.0.0.1.
 */
@ApplicationScoped
public class RateLimits {

  static final int MAX_KEYS = 100_000;

  private TokenBuckets byAddress;
  private TokenBuckets byDevice;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    byAddress = buckets(config, "sigillo.limits.rate.address", 300, 60);
    byDevice = buckets(config, "sigillo.limits.rate.code-checks", 60, 60);
  }

  private static TokenBuckets buckets(
      Config config, String prefix, int defaultRequests, int defaultSeconds) {
    int requests =
        config.getOptionalValue(prefix + ".requests", Integer.class).orElse(defaultRequests);
    int seconds =
        config.getOptionalValue(prefix + ".seconds", Integer.class).orElse(defaultSeconds);
    return new TokenBuckets(
        requests, Duration.ofSeconds(seconds).toNanos(), MAX_KEYS, System::nanoTime);
  }

  /** 0 when an anonymous request from this address may go ahead, else seconds to wait. */
  public long fromAddress(String address, String endpoint) {
    return byAddress.take(endpoint + '|' + address);
  }

  /**
   * Refuses a code check beyond the limit for one person's device, whoever calls from wherever.
   *
   * @param subject what the codes are checked against: {@code device:<id>} when the device is known
   *     (one device has one owner), else {@code owner:<account>}
   */
  public void requireCodeCheck(TenantId tenant, String subject) {
    long wait = byDevice.take(tenant.value() + '|' + subject);
    if (wait > 0) {
      throw new SigilloException(PlatformError.TOO_MANY_REQUESTS, wait);
    }
  }
}
