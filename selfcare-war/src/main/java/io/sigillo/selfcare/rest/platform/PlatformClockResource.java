package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.time.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform clock of the node that answers, for tests and demonstrations that show what happens
 * later (reminders before expiry) without waiting. Moving it is refused ({@code SIG-150}) unless
 * {@code sigillo.clock.adjustable=true}, which production never sets; reading it is always allowed.
 * Each node has its own clock: a test with several nodes sets the same offset on each.
 */
@Path("platform/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
public class PlatformClockResource {

  private static final Logger LOG = Logger.getLogger(PlatformClockResource.class.getName());

  @Inject private PlatformClock platformClock;
  @Inject private Clock clock;

  @Schema(description = "The platform's time on this node and its offset from the system clock")
  public record ClockView(String now, long offsetSeconds, boolean adjustable) {}

  @Schema(
      description = "The offset from the system clock to set, in seconds (0: back to real time)")
  public record ClockChange(BigDecimal offsetSeconds) {}

  /** A hundred years either way: far enough for any demonstration, never an overflowing instant. */
  private static final BigDecimal MAX_OFFSET_SECONDS = BigDecimal.valueOf(100L * 366 * 24 * 3600);

  @GET
  @Operation(summary = "The platform's time on this node")
  public ClockView get() {
    return view();
  }

  @PUT
  @Operation(summary = "Set the platform clock's offset on this node (tests and demos only)")
  @APIResponse(responseCode = "200", description = "The clock as it now is")
  @APIResponse(
      responseCode = "400",
      description = "offsetSeconds missing, fractional or beyond 100 years (SIG-006)")
  @APIResponse(responseCode = "409", description = "The clock is not adjustable here (SIG-150)")
  public ClockView set(ClockChange change) {
    if (change == null || change.offsetSeconds() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "offsetSeconds", "missing");
    }
    BigDecimal seconds = change.offsetSeconds();
    if (seconds.stripTrailingZeros().scale() > 0
        || seconds.abs().compareTo(MAX_OFFSET_SECONDS) > 0) {
      throw new SigilloException(PlatformError.VALIDATION, "offsetSeconds", "out of range");
    }
    if (!platformClock.adjustable()) {
      throw new SigilloException(PlatformError.CLOCK_NOT_ADJUSTABLE);
    }
    platformClock.offsetTo(Duration.ofSeconds(seconds.longValueExact()));
    LOG.info(() -> "platform clock offset set to " + seconds + " s");
    return view();
  }

  private ClockView view() {
    return new ClockView(
        clock.instant().toString(),
        platformClock.offset().getSeconds(),
        platformClock.adjustable());
  }
}
