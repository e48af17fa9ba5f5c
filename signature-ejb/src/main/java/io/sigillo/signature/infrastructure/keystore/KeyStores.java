package io.sigillo.signature.infrastructure.keystore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key store the platform uses, chosen once at start-up by {@code sigillo.keystore.type} among
 * the deployed providers. Only the chosen provider is ever opened.
 */
@ApplicationScoped
public class KeyStores {

  private static final Logger LOG = Logger.getLogger(KeyStores.class.getName());

  @Inject @Any private Instance<KeyStoreProvider> deployed;

  @Inject
  @ConfigProperty(name = "sigillo.keystore.type", defaultValue = "pkcs12")
  private String type;

  private KeyStoreProvider active;

  @PostConstruct
  void choose() {
    Map<String, KeyStoreProvider> byId = new HashMap<>();
    for (KeyStoreProvider provider : deployed) {
      if (byId.putIfAbsent(provider.id(), provider) != null) {
        throw new IllegalStateException("two key store providers with id " + provider.id());
      }
    }
    active = byId.get(type.strip().toLowerCase(java.util.Locale.ROOT));
    if (active == null) {
      throw new IllegalStateException(
          "sigillo.keystore.type=" + type + " names no key store; deployed: " + byId.keySet());
    }
    LOG.info(() -> "signing keys in the " + active.id() + " key store");
  }

  public KeyStoreProvider active() {
    return active;
  }
}
