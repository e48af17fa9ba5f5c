package io.sigillo.signature.infrastructure.keystore;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * One kind of key store, found through CDI by its {@link #id()}. Keys are generated inside the
 * store; callers hold only handles, so a hardware store never lets a private key out.
 *
 * <p>A key pair is generated first, then bound to its certificate chain under an alias with {@link
 * #bind}: a PKCS#11 key store only lists keys that have a certificate.
 */
public interface KeyStoreProvider {

  /** The stable id used in configuration: {@code pkcs11} or {@code pkcs12}. */
  String id();

  /** A new RSA key pair of {@code bits} generated in the store. */
  KeyPair generate(int bits);

  /** Stores the certificate chain (leaf first) for a key {@link #generate} returned. */
  void bind(String alias, PrivateKey key, X509Certificate[] chain);

  /** The private key under the alias, as a handle usable with {@link #provider()}. */
  Optional<PrivateKey> privateKey(String alias);

  /** The provider whose {@code Signature} objects can use this store's private keys. */
  Provider provider();
}
