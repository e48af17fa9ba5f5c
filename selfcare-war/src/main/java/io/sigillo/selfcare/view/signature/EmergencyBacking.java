package io.sigillo.selfcare.view.signature;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.selfcare.limits.RateLimits;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.EmergencySuspension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;

/**
 * The tenant's public emergency page: tax code and emergency code suspend the holder's current
 * certificate, without signing in and without any device. Limited per client address and per tax
 * code; every refusal of the code reads the same, known holder or not.
 */
@Named
@RequestScoped
public class EmergencyBacking {

  static final String ACTOR = "emergency-page";

  @Inject private EmergencySuspension emergency;
  @Inject private RateLimits rates;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private String taxCode;
  private String code;
  private boolean done;

  public String suspend() {
    FacesErrors.attempt(
        () -> {
          long wait = rates.fromAddress(request.http().getRemoteAddr(), "/emergency/");
          if (wait > 0) {
            throw new SigilloException(PlatformError.TOO_MANY_REQUESTS, wait);
          }
          String taxCodeTyped = taxCode == null ? "" : taxCode.strip().toUpperCase(Locale.ROOT);
          rates.requireCodeCheck(request.tenant(), "emergency:" + taxCodeTyped);
          emergency.suspend(request.tenant(), taxCodeTyped, code, actor());
          done = true;
          FacesErrors.info(page.text("emergency.done"));
        },
        () -> code = null);
    return null;
  }

  /** Whoever typed the code: nobody signed in, audited as the page with the request's id. */
  private Actor actor() {
    return new Actor(ACTOR, request.correlationId(), Assurance.NONE, Set.of(), false);
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String taxCode) {
    this.taxCode = taxCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isDone() {
    return done;
  }
}
