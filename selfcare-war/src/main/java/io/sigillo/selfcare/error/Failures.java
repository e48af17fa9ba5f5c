package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns any failure into a catalogued code, logging it once with its correlation id. */
public final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  private Failures() {}

  /** The catalogued exception somewhere in the cause chain (EJB, Faces and servlet layers wrap). */
  public static Optional<SigilloException> catalogued(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SigilloException s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The code and arguments to show; unexpected failures are logged with their stack trace. */
  public static Resolved resolve(Throwable failure, String correlationId) {
    Optional<SigilloException> known = catalogued(failure);
    if (known.isPresent()) {
      SigilloException e = known.get();
      LOG.info(() -> "[" + correlationId + "] " + e.code().code() + " " + e.code().name());
      return new Resolved(e.code(), e.arguments());
    }
    if (refusedByContainer(failure)) {
      // the caller lacks the role a business method requires: a refusal, not a fault of ours
      LOG.info(() -> "[" + correlationId + "] the EJB container refused the caller's role");
      return new Resolved(PlatformError.ROLE_NOT_ALLOWED, List.of());
    }
    LOG.log(Level.SEVERE, "[" + correlationId + "] unexpected failure", failure);
    return new Resolved(PlatformError.INTERNAL, List.of());
  }

  /** An {@code @RolesAllowed} refusal somewhere in the chain (servlets and Faces wrap it). */
  static boolean refusedByContainer(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // AccessLocalException when the bean is reached through its local view (another bean's call)
      if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
        return true;
      }
    }
    return false;
  }

  public record Resolved(ErrorCode code, List<String> arguments) {}
}
