package io.sigillo.signature.application.certificate;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.infrastructure.keystore.KeyStoreFailure;
import io.sigillo.signature.infrastructure.keystore.KeyStoreProvider;
import io.sigillo.signature.infrastructure.keystore.KeyStores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The active key store, with its failures turned into the catalogued "signing service unavailable"
 * error (the cause goes to the log, never to the user).
 */
@ApplicationScoped
public class SigningKeys {

  /** The CA's key: long-lived, so larger than a holder's. */
  static final int CA_KEY_BITS = 3072;

  static final int HOLDER_KEY_BITS = 2048;

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @Inject private KeyStores stores;

  KeyPair generate(int bits) {
    return guarded(() -> store().generate(bits));
  }

  void bind(String alias, PrivateKey key, X509Certificate... chain) {
    guarded(
        () -> {
          store().bind(alias, key, chain);
          return null;
        });
  }

  PrivateKey privateKey(String alias) {
    return guarded(
        () ->
            store()
                .privateKey(alias)
                .orElseThrow(() -> new KeyStoreFailure("no key under alias " + alias)));
  }

  Provider provider() {
    return guarded(() -> store().provider());
  }

  private KeyStoreProvider store() {
    return stores.active();
  }

  private static <T> T guarded(Supplier<T> action) {
    try {
      return action.get();
    } catch (KeyStoreFailure e) {
      SigilloException error = new SigilloException(CertificateError.KEY_STORE_UNAVAILABLE);
      LOG.log(Level.SEVERE, "key store failure", e);
      throw error;
    }
  }
}
