package io.sigillo.signature.domain.certificate;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a holder is reminded that a certificate expires: at each of a few days before its expiry (a
 * tenant's policy, 60, 30 and 7 by default). A threshold is <em>passed</em> once the time left is
 * at most that many days, and counts only if the certificate was already valid then (a certificate
 * issued for 20 days is not "60 days from expiry" on its first day). A run that finds several
 * thresholds passed at once (the job did not run for a while) sends one reminder, the most urgent,
 * and records the others as passed, so none of them is sent later.
 *
 * @param daysBeforeExpiry distinct days, most distant first
 */
public record ReminderSchedule(List<Integer> daysBeforeExpiry) {

  /** The platform's default when a tenant has no policy of its own. */
  public static final List<Integer> DEFAULT_DAYS = List.of(60, 30, 7);

  public static final int MAX_DAYS = 400;
  public static final int MAX_THRESHOLDS = 6;

  public ReminderSchedule {
    if (daysBeforeExpiry == null
        || daysBeforeExpiry.isEmpty()
        || daysBeforeExpiry.size() > MAX_THRESHOLDS
        || daysBeforeExpiry.stream().anyMatch(d -> d == null || d < 1 || d > MAX_DAYS)
        || daysBeforeExpiry.stream().distinct().count() != daysBeforeExpiry.size()) {
      throw new SigilloException(PlatformError.REMINDER_DAYS_INVALID, MAX_DAYS, MAX_THRESHOLDS);
    }
    daysBeforeExpiry = daysBeforeExpiry.stream().sorted(Comparator.reverseOrder()).toList();
  }

  /** Parses the stored form ("60,30,7"). */
  public static ReminderSchedule parse(String stored) {
    try {
      return new ReminderSchedule(
          java.util.Arrays.stream(stored.split(","))
              .map(String::strip)
              .map(Integer::valueOf)
              .toList());
    } catch (NumberFormatException e) {
      throw new SigilloException(PlatformError.REMINDER_DAYS_INVALID, MAX_DAYS, MAX_THRESHOLDS);
    }
  }

  /** The stored form: the days, most distant first, separated by commas. */
  public String stored() {
    return String.join(",", daysBeforeExpiry.stream().map(String::valueOf).toList());
  }

  /** The furthest from expiry that any reminder can be due. */
  public Duration horizon() {
    return Duration.ofDays(daysBeforeExpiry.get(0));
  }

  /** The thresholds passed at {@code now} by a certificate valid from notBefore to notAfter. */
  public List<Integer> passed(Instant notBefore, Instant notAfter, Instant now) {
    if (!now.isBefore(notAfter)) {
      return List.of();
    }
    return daysBeforeExpiry.stream()
        .filter(days -> !now.isBefore(notAfter.minus(Duration.ofDays(days))))
        .filter(days -> notAfter.minus(Duration.ofDays(days)).isAfter(notBefore))
        .toList();
  }

  /** Of the thresholds passed, the one whose reminder is sent: the most urgent. */
  public static Optional<Integer> toSend(List<Integer> passed) {
    return passed.stream().min(Comparator.naturalOrder());
  }

  /** Whole days left before notAfter, as the holder is told (never less than 1 before expiry). */
  public static long daysLeft(Instant notAfter, Instant now) {
    long seconds = Duration.between(now, notAfter).getSeconds();
    return Math.max(1, (seconds + 86_399) / 86_400);
  }
}
