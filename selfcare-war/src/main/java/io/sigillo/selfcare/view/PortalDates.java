package io.sigillo.selfcare.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times on the portal's pages as Italians write them, in Italian time: the database keeps
 * UTC, the people who read the pages (customers and operators alike) live in Europe/Rome. Takes an
 * {@link Instant} or an {@link OffsetDateTime}, whichever the api record holds.
 */
@Named("dates")
@ApplicationScoped
public class PortalDates {

  /** The portal's time zone, daylight saving included. */
  public static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROME);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);

  public String day(Object when) {
    return format(DAY, when);
  }

  public String moment(Object when) {
    return format(MOMENT, when);
  }

  private static String format(DateTimeFormatter format, Object when) {
    if (when instanceof Instant instant) {
      return format.format(instant);
    }
    if (when instanceof OffsetDateTime time) {
      return format.format(time.toInstant());
    }
    return when == null ? "" : String.valueOf(when);
  }
}
