package io.sigillo.it.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PSKC files (RFC 6030 §6.1) as a token vendor would send them: seeds encrypted with AES-128-CBC
 * under a pre-shared key, each with its HMAC-SHA1 over IV and ciphertext, the MAC key encrypted
 * under the same key. Written with javax.crypto here, independently of the registry's reader.
 */
final class PskcFiles {

  /** A key package: an HOTP token of 6 digits, or with {@code algorithm} "pin" not an OTP key. */
  record Entry(String serial, byte[] seed, long counter, String algorithm) {

    static Entry hotp(String serial, byte[] seed, long counter) {
      return new Entry(serial, seed, counter, "hotp");
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private PskcFiles() {}

  static String encrypted(byte[] aesKey, List<Entry> entries, boolean corruptFirstMac) {
    byte[] macKey = new byte[20];
    RANDOM.nextBytes(macKey);
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\">\n"
                + "<EncryptionKey><ds:KeyName>Pre-shared-key</ds:KeyName></EncryptionKey>\n"
                + "<MACMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#hmac-sha1\"><MACKey>"
                + encryptedData(aesKey, macKey)
                + "</MACKey></MACMethod>\n");
    boolean corrupt = corruptFirstMac;
    for (Entry entry : entries) {
      byte[] cipherValue = cbc(aesKey, entry.seed());
      byte[] mac = hmac(macKey, cipherValue);
      if (corrupt) {
        mac[0] ^= 1;
        corrupt = false;
      }
      xml.append("<KeyPackage><DeviceInfo><Manufacturer>Sigillo Test Tokens</Manufacturer>")
          .append("<SerialNo>")
          .append(entry.serial())
          .append("</SerialNo><Model>ST-6</Model></DeviceInfo>")
          .append("<Key Id=\"k-")
          .append(entry.serial())
          .append("\" Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:")
          .append(entry.algorithm())
          .append("\"><AlgorithmParameters><ResponseFormat Length=\"6\" Encoding=\"DECIMAL\"/>")
          .append("</AlgorithmParameters><Data><Secret><EncryptedValue>")
          .append(encryptionMethod())
          .append("<xenc:CipherData><xenc:CipherValue>")
          .append(Base64.getEncoder().encodeToString(cipherValue))
          .append("</xenc:CipherValue></xenc:CipherData></EncryptedValue><ValueMAC>")
          .append(Base64.getEncoder().encodeToString(mac))
          .append("</ValueMAC></Secret><Counter><PlainValue>")
          .append(entry.counter())
          .append("</PlainValue></Counter></Data></Key></KeyPackage>\n");
    }
    return xml.append("</KeyContainer>\n").toString();
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String encryptionMethod() {
    return "<xenc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>";
  }

  private static String encryptedData(byte[] aesKey, byte[] value) {
    return encryptionMethod()
        + "<xenc:CipherData><xenc:CipherValue>"
        + Base64.getEncoder().encodeToString(cbc(aesKey, value))
        + "</xenc:CipherValue></xenc:CipherData>";
  }

  /** IV followed by the AES-128-CBC ciphertext with PKCS#5 padding. */
  private static byte[] cbc(byte[] key, byte[] plain) {
    try {
      byte[] iv = new byte[16];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[16 + sealed.length];
      System.arraycopy(iv, 0, out, 0, 16);
      System.arraycopy(sealed, 0, out, 16, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
