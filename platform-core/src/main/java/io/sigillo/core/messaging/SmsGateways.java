package io.sigillo.core.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the SMS adapter once, at start-up, from {@code sigillo.sms.gateway} ({@code smpp}, {@code
 * http} or {@code outbox}), and produces it for every plain {@code @Inject SmsGateway}. Only the
 * chosen adapter is ever instantiated, so the others need no configuration. An unknown id stops the
 * deployment rather than the first SMS.
 */
@ApplicationScoped
public class SmsGateways {

  private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.sms.gateway", defaultValue = "smpp")
  String configured;

  @Inject @Any Instance<SmsGateway> adapters;

  private SmsGateway selected;

  @PostConstruct
  void select() {
    String id = configured.strip().toLowerCase(Locale.ROOT);
    Instance<SmsGateway> candidate = adapters.select(SmsAdapter.Literal.of(id));
    if (!candidate.isResolvable()) {
      throw new IllegalStateException(
          "sigillo.sms.gateway=" + id + " names no SMS adapter (smpp, http, outbox)");
    }
    selected = candidate.get();
    LOG.info(() -> "SMS gateway: " + id);
  }

  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    id();
  }

  /** The id of the adapter in use. */
  public String id() {
    return selected.id();
  }

  @Produces
  SmsGateway gateway() {
    return selected;
  }
}
