package io.sigillo.selfcare.view.signature;

import io.sigillo.selfcare.view.PortalDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Dates on the signature pages as Italians write them, in Italian time ({@link PortalDates}). */
@Named("sigDates")
@ApplicationScoped
public class SignatureDates {

  @Inject private PortalDates dates;

  public String day(Instant instant) {
    return dates.day(instant);
  }

  public String moment(Instant instant) {
    return dates.moment(instant);
  }
}
