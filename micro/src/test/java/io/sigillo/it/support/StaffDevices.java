package io.sigillo.it.support;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OTP apps of the staff the tests sign in with. Operators and platform administrators reach
 * their consoles only after the staff step-up page ({@code /staff/}); a test whose subject is the
 * console, not the step-up, gets an app registered for its staff member the first time the page
 * asks (a sealed row, as {@link RegisteredApps} writes it) and its codes from here. The step-up
 * itself, with the activation link by e-mail, is proven in {@code abuse/StaffStepUpAbuseIT}.
 *
 * <p>Each code is of a time step not used before for that app (the registry refuses a replay), so a
 * second sign-in within the same step waits for the next one: the apps have the shortest period the
 * registry allows, 15 seconds.
 */
public final class StaffDevices {

  /** The shortest TOTP period the registry accepts. */
  static final int PERIOD = 15;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, Device> DEVICES = new ConcurrentHashMap<>();

  private record Device(OtpApp app, long[] lastStep) {}

  private StaffDevices() {}

  /** What test-support's browsers find through {@link StaffApps#installed()}. */
  public static final class Installed implements StaffApps {

    @Override
    public String tenantOf(String host) {
      return StaffDevices.tenantOf(host);
    }

    @Override
    public boolean registered(String tenant, String username) {
      return StaffDevices.registered(tenant, username);
    }

    @Override
    public void register(String tenant, String username) {
      StaffDevices.register(tenant, username);
    }

    @Override
    public String nextCode(String tenant, String username) {
      return StaffDevices.nextCode(tenant, username);
    }
  }

  /** Registers an active app for the staff member on the tenant (its slug), once. */
  public static void register(String tenant, String username) {
    DEVICES.computeIfAbsent(
        key(tenant, username),
        k -> {
          byte[] secret = new byte[20];
          RANDOM.nextBytes(secret);
          RegisteredApps.insert(tenant, username, secret, "SHA1", 6, PERIOD);
          return new Device(OtpApp.of(secret, 6, PERIOD), new long[] {Long.MIN_VALUE});
        });
  }

  public static boolean registered(String tenant, String username) {
    return DEVICES.containsKey(key(tenant, username));
  }

  /** A code of a time step this app has not used yet; waits for the next step when needed. */
  public static String nextCode(String tenant, String username) {
    Device device = DEVICES.get(key(tenant, username));
    if (device == null) {
      throw new IllegalStateException("no staff app for " + username + " on " + tenant);
    }
    synchronized (device) {
      long step = Instant.now().getEpochSecond() / PERIOD;
      while (step <= device.lastStep()[0]) {
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        step = Instant.now().getEpochSecond() / PERIOD;
      }
      device.lastStep()[0] = step;
      return device.app().hotp(step);
    }
  }

  /** The tenant (slug) of a portal host name such as {@code alpha-1a2b.localhost}. */
  public static String tenantOf(String host) {
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }

  private static String key(String tenant, String username) {
    return tenant + "|" + username;
  }
}
