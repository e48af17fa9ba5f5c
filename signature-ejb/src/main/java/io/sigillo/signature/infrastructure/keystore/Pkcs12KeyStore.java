package io.sigillo.signature.infrastructure.keystore;

import io.sigillo.core.secrets.DevelopmentSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded default: keys in a password-protected PKCS#12 file, for the run command and
 * development. The keys are software keys on the application's disk, so this is not for production;
 * the application says so in its log at every start that uses it.
 *
 * <p>The file is rewritten (through a temporary file and an atomic move) after every new key, so a
 * crash never leaves half a key store.
 */
@ApplicationScoped
public class Pkcs12KeyStore implements KeyStoreProvider {

  /** Public, for the embedded default only. */
  static final String DEVELOPMENT_PASSWORD = DevelopmentSecrets.PKCS12_PASSWORD;

  private static final Logger LOG = Logger.getLogger(Pkcs12KeyStore.class.getName());

  @Inject
  @ConfigProperty(
      name = "sigillo.keystore.pkcs12.path",
      defaultValue = ".sigillo/keystore/sigillo.p12")
  String path;

  @Inject
  @ConfigProperty(name = "sigillo.keystore.pkcs12.password", defaultValue = DEVELOPMENT_PASSWORD)
  String password;

  private KeyStore keyStore;

  /** For CDI. */
  public Pkcs12KeyStore() {}

  /** For tests and tools outside a container. */
  public Pkcs12KeyStore(Path file, String password) {
    this.path = file.toString();
    this.password = password;
  }

  @Override
  public String id() {
    return "pkcs12";
  }

  @Override
  public KeyPair generate(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("key pair not generated", e);
    }
  }

  @Override
  public synchronized void bind(String alias, PrivateKey key, X509Certificate[] chain) {
    KeyStore store = open();
    try {
      store.setKeyEntry(alias, key, password.toCharArray(), chain);
      save(store);
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyStoreFailure("key not stored in " + path, e);
    }
  }

  @Override
  public synchronized Optional<PrivateKey> privateKey(String alias) {
    try {
      Key key = open().getKey(alias, password.toCharArray());
      return key instanceof PrivateKey privateKey ? Optional.of(privateKey) : Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("key not readable from " + path, e);
    }
  }

  @Override
  public Provider provider() {
    try {
      return Signature.getInstance("SHA256withRSA").getProvider();
    } catch (GeneralSecurityException e) {
      throw new KeyStoreFailure("no RSA signature provider", e);
    }
  }

  private KeyStore open() {
    if (keyStore != null) {
      return keyStore;
    }
    Path file = Path.of(path);
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          store.load(in, password.toCharArray());
        }
      } else {
        store.load(null, null);
      }
      LOG.warning(
          () ->
              "signing keys are in the software PKCS#12 file "
                  + file.toAbsolutePath()
                  + ": not for production (use sigillo.keystore.type=pkcs11)");
      keyStore = store;
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyStoreFailure("PKCS#12 key store " + file + " not opened", e);
    }
  }

  private void save(KeyStore store) throws IOException, GeneralSecurityException {
    Path file = Path.of(path).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "sigillo", ".p12.tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      store.store(out, password.toCharArray());
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
