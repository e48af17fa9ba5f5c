package io.sigillo.selfcare.view.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates on the signature pages as Italians write them, in Italian time. */
@Named("sigDates")
@ApplicationScoped
public class SignatureDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  public String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }
}
