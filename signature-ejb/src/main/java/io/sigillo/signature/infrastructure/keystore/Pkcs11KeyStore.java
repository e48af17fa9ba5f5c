package io.sigillo.signature.infrastructure.keystore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys in a PKCS#11 token through the JDK's SunPKCS11 provider: SoftHSM2 in tests, an HSM in
 * production. Private keys are generated inside the token as token objects that are sensitive and
 * not extractable, so no API, this one included, can read them out.
 *
 * <p>The token is opened on first use, once per process: SunPKCS11 logs in per token and process,
 * and {@code configure} makes a new provider on every call, so exactly one is kept.
 */
@ApplicationScoped
public class Pkcs11KeyStore implements KeyStoreProvider {

  private static final Logger LOG = Logger.getLogger(Pkcs11KeyStore.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.keystore.pkcs11.library")
  Optional<String> library;

  @Inject
  @ConfigProperty(name = "sigillo.keystore.pkcs11.slot")
  Optional<Long> slot;

  @Inject
  @ConfigProperty(name = "sigillo.keystore.pkcs11.slot-list-index")
  Optional<Integer> slotListIndex;

  @Inject
  @ConfigProperty(name = "sigillo.keystore.pkcs11.pin")
  Optional<String> pin;

  private Provider provider;
  private KeyStore keyStore;

  @Override
  public String id() {
    return "pkcs11";
  }

  @Override
  public KeyPair generate(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", open());
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("key pair not generated in the PKCS#11 token", e);
    }
  }

  @Override
  public synchronized void bind(String alias, PrivateKey key, X509Certificate[] chain) {
    open();
    try {
      // the key is already a token object: SunPKCS11 only labels it and stores the certificates
      keyStore.setKeyEntry(alias, key, null, chain);
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("certificate not stored in the PKCS#11 token", e);
    }
  }

  @Override
  public synchronized Optional<PrivateKey> privateKey(String alias) {
    open();
    try {
      Key key = keyStore.getKey(alias, null);
      return key instanceof PrivateKey privateKey ? Optional.of(privateKey) : Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("key not readable from the PKCS#11 token", e);
    }
  }

  @Override
  public Provider provider() {
    return open();
  }

  private synchronized Provider open() {
    if (provider != null) {
      return provider;
    }
    String pkcs11Library =
        library
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () -> new KeyStoreFailure("sigillo.keystore.pkcs11.library is not configured"));
    char[] userPin =
        pin.filter(s -> !s.isBlank())
            .orElseThrow(() -> new KeyStoreFailure("sigillo.keystore.pkcs11.pin is not configured"))
            .toCharArray();
    Provider configured =
        Security.getProvider("SunPKCS11")
            .configure("--" + configuration(pkcs11Library, slot, slotListIndex));
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", configured);
      store.load(null, userPin);
      keyStore = store;
      provider = configured;
      LOG.info(() -> "PKCS#11 token opened: " + pkcs11Library + " " + slotDescription());
      return provider;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new KeyStoreFailure("PKCS#11 token not opened (" + slotDescription() + ")", e);
    }
  }

  private String slotDescription() {
    return slot.map(s -> "slot " + s)
        .orElse(slotListIndex.map(i -> "slot list index " + i).orElse("first slot"));
  }

  /**
   * The SunPKCS11 configuration. Without {@code CKA_TOKEN = true} generated keys would be session
   * objects, which {@code setKeyEntry} silently copies into the token as NOT sensitive; the private
   * key template makes them sensitive, not extractable and good for signing only.
   */
  static String configuration(String library, Optional<Long> slot, Optional<Integer> index) {
    StringBuilder config = new StringBuilder();
    config.append("name = sigillo\n");
    config.append("library = ").append(library).append('\n');
    slot.ifPresent(s -> config.append("slot = ").append(s).append('\n'));
    if (slot.isEmpty()) {
      index.ifPresent(i -> config.append("slotListIndex = ").append(i).append('\n'));
    }
    config.append("attributes(generate, *, *) = {\n  CKA_TOKEN = true\n}\n");
    config.append("attributes(generate, CKO_PRIVATE_KEY, *) = {\n");
    config.append("  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n");
    config.append("  CKA_SIGN = true\n  CKA_DECRYPT = false\n  CKA_UNWRAP = false\n");
    config.append("  CKA_DERIVE = false\n}\n");
    return config.toString();
  }
}
