package io.sigillo.otp.domain.inventory;

import static io.sigillo.otp.domain.inventory.SafeXml.child;
import static io.sigillo.otp.domain.inventory.SafeXml.text;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.w3c.dom.Element;

/**
 * How the encrypted values of a PSKC file are opened (RFC 6030 §6.1 and §6.2): the encryption key
 * is the pre-shared key given in hex, or is derived from the password with PBKDF2 as the file's
 * {@code DerivedKey} says; the MAC key comes encrypted under it in {@code MACMethod/MACKey}.
 *
 * <p>Every encrypted value must carry its {@code ValueMAC}, an HMAC over the IV and ciphertext
 * (encrypt-then-MAC), checked in constant time before anything is decrypted. A missing or wrong MAC
 * refuses the whole file. A wrong key or password is caught the same way: the MAC key it decrypts
 * is garbage, so no MAC matches; which of the two happened cannot be told, and is not guessed at.
 *
 * <p>AES-CBC padding is removed by its last byte only: XML Encryption allows arbitrary padding
 * bytes, and the MAC already proves the ciphertext intact. Only JDK algorithms are used.
 */
final class PskcProtection {

  static final PskcProtection NONE = new PskcProtection(null, null, null);

  /** PBKDF2 iterations beyond this would let a file tie up a server thread for seconds. */
  static final int MAX_ITERATIONS = 1_000_000;

  private static final String XMLENC = "http://www.w3.org/2001/04/xmlenc#";
  private static final String DSIG_MORE = "http://www.w3.org/2001/04/xmldsig-more#";
  private static final String HMAC_SHA1 = "http://www.w3.org/2000/09/xmldsig#hmac-sha1";
  private static final String PBKDF2 =
      "http://www.rsasecurity.com/rsalabs/pkcs/schemas/pkcs-5v2-0#pbkdf2";

  private static final Map<String, Integer> CBC_KEY_BYTES =
      Map.of(XMLENC + "aes128-cbc", 16, XMLENC + "aes192-cbc", 24, XMLENC + "aes256-cbc", 32);

  private static final Map<String, String> MACS =
      Map.of(
          HMAC_SHA1,
          "HmacSHA1",
          DSIG_MORE + "hmac-sha224",
          "HmacSHA224",
          DSIG_MORE + "hmac-sha256",
          "HmacSHA256",
          DSIG_MORE + "hmac-sha384",
          "HmacSHA384",
          DSIG_MORE + "hmac-sha512",
          "HmacSHA512");

  private static final Map<String, String> PRFS =
      Map.of(
          HMAC_SHA1,
          "PBKDF2WithHmacSHA1",
          DSIG_MORE + "hmac-sha256",
          "PBKDF2WithHmacSHA256",
          DSIG_MORE + "hmac-sha512",
          "PBKDF2WithHmacSHA512");

  private final byte[] encryptionKey;
  private final String macAlgorithm;
  private final byte[] macKey;

  private PskcProtection(byte[] encryptionKey, String macAlgorithm, byte[] macKey) {
    this.encryptionKey = encryptionKey;
    this.macAlgorithm = macAlgorithm;
    this.macKey = macKey;
  }

  /** The keys of a file with encrypted values, from its header and the transport key. */
  static PskcProtection open(Element container, Optional<String> transportKey) {
    Element encryption =
        child(container, "EncryptionKey")
            .orElseThrow(() -> unsupported("encrypted values without EncryptionKey"));
    Optional<Element> derived = child(encryption, "DerivedKey");
    byte[] key =
        derived.isPresent() ? derive(derived.get(), transportKey) : preShared(transportKey);
    Element method =
        child(container, "MACMethod")
            .orElseThrow(() -> unsupported("encrypted values without MACMethod"));
    String macAlgorithm = MACS.get(method.getAttribute("Algorithm"));
    if (macAlgorithm == null) {
      throw unsupported("MAC " + method.getAttribute("Algorithm"));
    }
    Element macKey =
        child(method, "MACKey").orElseThrow(() -> unsupported("MAC key not in the file"));
    return new PskcProtection(key, macAlgorithm, cbc(key, macKey));
  }

  /** The value of {@code encrypted}, after its holder's {@code ValueMAC} proved it intact. */
  byte[] decrypt(Element holder, Element encrypted) {
    if (encryptionKey == null) {
      throw new IllegalStateException("a file without encrypted values has no keys");
    }
    byte[] presented =
        text(Optional.of(holder), "ValueMAC")
            .map(PskcProtection::base64)
            .orElseThrow(() -> new SigilloException(OtpError.TOKEN_FILE_INTEGRITY));
    byte[] expected = mac(cipherValue(encrypted));
    if (!MessageDigest.isEqual(expected, presented)) {
      throw new SigilloException(OtpError.TOKEN_FILE_INTEGRITY);
    }
    return cbc(encryptionKey, encrypted);
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(macAlgorithm);
      mac.init(new SecretKeySpec(macKey, macAlgorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // an empty MAC key (a wrong key decrypted to nothing) is as wrong as any other
      throw new SigilloException(OtpError.TOKEN_FILE_INTEGRITY);
    }
  }

  private static byte[] preShared(Optional<String> transportKey) {
    String hex =
        transportKey
            .map(k -> k.replaceAll("[\\s:]", ""))
            .filter(k -> !k.isEmpty())
            .orElseThrow(
                () ->
                    new SigilloException(
                        OtpError.TOKEN_FILE_KEY_REQUIRED, "pre-shared AES key in hex"));
    try {
      byte[] key = HexFormat.of().parseHex(hex);
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new IllegalArgumentException("not an AES key length");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new SigilloException(OtpError.TOKEN_FILE_KEY_REQUIRED, "pre-shared AES key in hex");
    }
  }

  private static byte[] derive(Element derivedKey, Optional<String> password) {
    Element method =
        child(derivedKey, "KeyDerivationMethod")
            .orElseThrow(() -> unsupported("DerivedKey without KeyDerivationMethod"));
    if (!PBKDF2.equals(method.getAttribute("Algorithm"))) {
      throw unsupported("key derivation " + method.getAttribute("Algorithm"));
    }
    Optional<Element> params = child(method, "PBKDF2-params");
    byte[] salt =
        text(child(params, "Salt"), "Specified")
            .map(PskcProtection::base64)
            .orElseThrow(() -> unsupported("PBKDF2 without a specified salt"));
    int iterations = integer(text(params, "IterationCount"), -1);
    int keyLength = integer(text(params, "KeyLength"), 16);
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw unsupported("PBKDF2 iteration count outside 1.." + MAX_ITERATIONS);
    }
    if (keyLength != 16 && keyLength != 24 && keyLength != 32) {
      throw unsupported("PBKDF2 key length " + keyLength);
    }
    String prfUri = child(params, "PRF").map(e -> e.getAttribute("Algorithm")).orElse("");
    String prf = prfUri.isBlank() ? PRFS.get(HMAC_SHA1) : PRFS.get(prfUri);
    if (prf == null) {
      throw unsupported("PBKDF2 PRF " + prfUri);
    }
    char[] secret =
        password
            .filter(p -> !p.isEmpty())
            .map(String::toCharArray)
            .orElseThrow(() -> new SigilloException(OtpError.TOKEN_FILE_KEY_REQUIRED, "password"));
    PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, keyLength * 8);
    try {
      return SecretKeyFactory.getInstance(prf).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot compute " + prf, e);
    } finally {
      spec.clearPassword();
      Arrays.fill(secret, '\0');
    }
  }

  /** AES-CBC with the IV as the first block of the CipherValue (XML Encryption). */
  private static byte[] cbc(byte[] key, Element encrypted) {
    Element method =
        child(encrypted, "EncryptionMethod")
            .orElseThrow(() -> unsupported("encrypted value without EncryptionMethod"));
    Integer keyBytes = CBC_KEY_BYTES.get(method.getAttribute("Algorithm"));
    if (keyBytes == null) {
      throw unsupported("encryption " + method.getAttribute("Algorithm"));
    }
    if (keyBytes != key.length) {
      throw new SigilloException(OtpError.TOKEN_FILE_INTEGRITY);
    }
    byte[] data = cipherValue(encrypted);
    if (data.length < 32 || data.length % 16 != 0) {
      throw new SigilloException(OtpError.TOKEN_FILE_INTEGRITY);
    }
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(data, 0, 16));
      plain = cipher.doFinal(data, 16, data.length - 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC unavailable", e);
    }
    int pad = plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > 16) {
      Arrays.fill(plain, (byte) 0);
      throw new SigilloException(OtpError.TOKEN_FILE_INTEGRITY);
    }
    byte[] value = Arrays.copyOf(plain, plain.length - pad);
    Arrays.fill(plain, (byte) 0);
    return value;
  }

  private static byte[] cipherValue(Element encrypted) {
    return text(child(encrypted, "CipherData"), "CipherValue")
        .map(PskcProtection::base64)
        .orElseThrow(() -> new SigilloException(OtpError.TOKEN_FILE_INTEGRITY));
  }

  private static byte[] base64(String text) {
    try {
      return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new SigilloException(OtpError.TOKEN_FILE_UNREADABLE, "a Base64 value is malformed");
    }
  }

  private static int integer(Optional<String> text, int absent) {
    try {
      return text.map(Integer::parseInt).orElse(absent);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The file's own words are echoed back, so they are cut short and made printable. */
  private static SigilloException unsupported(String what) {
    String shown = what.replaceAll("\\p{Cntrl}", " ");
    return new SigilloException(
        OtpError.TOKEN_FILE_UNSUPPORTED, shown.length() > 120 ? shown.substring(0, 120) : shown);
  }

  @Override
  public String toString() {
    return "PskcProtection[" + (encryptionKey == null ? "none" : macAlgorithm) + "]";
  }
}
