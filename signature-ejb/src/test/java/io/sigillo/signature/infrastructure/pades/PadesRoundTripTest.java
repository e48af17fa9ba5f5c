package io.sigillo.signature.infrastructure.pades;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.it.support.Pdfs;
import io.sigillo.signature.infrastructure.keystore.Pkcs12KeyStore;
import io.sigillo.signature.infrastructure.pki.CrlEntry;
import io.sigillo.signature.infrastructure.pki.HolderIdentity;
import io.sigillo.signature.infrastructure.pki.PkiUrls;
import io.sigillo.signature.infrastructure.pki.X509Builder;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PAdES-B made with a key from the PKCS#12 key store (the embedded default, reopened from its
 * file), then validated by DSS against the CA and CRL: valid, tampered, revoked, another CA.
 */
class PadesRoundTripTest {

  private static final TenantId TENANT = TenantId.of("alpha");
  private static final PkiUrls URLS = new PkiUrls("http://{tenant}.localhost:8080/pki");

  @TempDir Path dir;

  private record Pki(
      X509Certificate ca, PrivateKey caKey, X509Certificate leaf, BigInteger serial) {}

  private Pki pki(Pkcs12KeyStore store, Instant now) {
    KeyPair caPair = store.generate(2048);
    X509Certificate ca =
        X509Builder.caCertificate(
            TENANT,
            caPair,
            store.provider(),
            now.minusSeconds(3600),
            now.plus(3650, ChronoUnit.DAYS));
    store.bind("ca", caPair.getPrivate(), new X509Certificate[] {ca});
    KeyPair holder = store.generate(2048);
    BigInteger serial = X509Builder.randomSerial();
    X509Certificate leaf =
        X509Builder.holderCertificate(
            new HolderIdentity("MARIO", "ROSSI", "RSSMRA85T10A562S", null),
            holder.getPublic(),
            serial,
            ca,
            caPair.getPrivate(),
            store.provider(),
            now.minusSeconds(3600),
            now.plus(365, ChronoUnit.DAYS),
            URLS,
            TENANT);
    store.bind("holder", holder.getPrivate(), new X509Certificate[] {leaf, ca});
    return new Pki(ca, caPair.getPrivate(), leaf, serial);
  }

  private byte[] crl(Pki pki, Pkcs12KeyStore store, List<CrlEntry> entries, Instant now)
      throws Exception {
    return X509Builder.crl(
            pki.ca(),
            pki.caKey(),
            store.provider(),
            entries,
            1,
            now.minusSeconds(60),
            now.plus(1, ChronoUnit.DAYS))
        .getEncoded();
  }

  @Test
  void signedWithTheStoredKeyValidatesAndATamperedCopyDoesNot() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path file = dir.resolve("keys.p12");
    Pki pki = pki(new Pkcs12KeyStore(file, "test-password"), now);
    // a fresh instance reads the file back: the keys survive a restart
    Pkcs12KeyStore reopened = new Pkcs12KeyStore(file, "test-password");
    byte[] pdf = Pdfs.onePage("Modulo di richiesta rinnovo");

    byte[] signed =
        PadesSigner.sign(
            pdf,
            pki.leaf(),
            pki.ca(),
            reopened.privateKey("holder").orElseThrow(),
            reopened.provider(),
            now,
            "test");

    PdfValidation valid =
        PadesValidator.validate(signed, pki.ca(), crl(pki, reopened, List.of(), now), now);
    assertThat(valid.signed()).isTrue();
    assertThat(valid.intact()).isTrue();
    assertThat(valid.trusted()).isTrue();
    assertThat(valid.passed()).as(valid.indication()).isTrue();
    assertThat(valid.signer().orElseThrow().getSerialNumber()).isEqualTo(pki.serial());
    assertThat(valid.signingTime()).contains(now);

    byte[] tampered = signed.clone();
    int at = new String(tampered, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Modulo");
    if (at < 0) {
      // content streams may be compressed: flip a byte early in the file, inside the signed range
      at = 200;
    }
    tampered[at] ^= 0x01;
    PdfValidation broken =
        PadesValidator.validate(tampered, pki.ca(), crl(pki, reopened, List.of(), now), now);
    assertThat(broken.passed()).isFalse();
    assertThat(broken.intact()).isFalse();

    PdfValidation unsigned =
        PadesValidator.validate(pdf, pki.ca(), crl(pki, reopened, List.of(), now), now);
    assertThat(unsigned.signed()).isFalse();
  }

  @Test
  void aRevokedSignerOrAStrangerCaDoesNotPass() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Pkcs12KeyStore store = new Pkcs12KeyStore(dir.resolve("a.p12"), "pw");
    Pki pki = pki(store, now);
    byte[] signed =
        PadesSigner.sign(
            Pdfs.onePage("x"),
            pki.leaf(),
            pki.ca(),
            store.privateKey("holder").orElseThrow(),
            store.provider(),
            now.minusSeconds(120),
            "test");

    byte[] revokedCrl =
        crl(pki, store, List.of(new CrlEntry(pki.serial(), now.minusSeconds(60), 1)), now);
    PdfValidation revoked = PadesValidator.validate(signed, pki.ca(), revokedCrl, now);
    assertThat(revoked.passed()).as(revoked.indication()).isFalse();
    assertThat(revoked.intact()).isTrue();

    Pkcs12KeyStore other = new Pkcs12KeyStore(dir.resolve("b.p12"), "pw");
    Pki stranger = pki(other, now);
    PdfValidation foreign =
        PadesValidator.validate(signed, stranger.ca(), crl(stranger, other, List.of(), now), now);
    assertThat(foreign.trusted()).isFalse();
    assertThat(foreign.passed()).isFalse();
  }

  @Test
  void aCrlIssuedBeforeTheSignerCertificateIsNotAcceptedButALaterOneIs() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Pkcs12KeyStore store = new Pkcs12KeyStore(dir.resolve("c.p12"), "pw");
    Pki pki = pki(store, now);
    KeyPair holder = store.generate(2048);
    X509Certificate fresh =
        X509Builder.holderCertificate(
            new HolderIdentity("LUCIA", "VERDI", "VRDLCU80A41H501X", null),
            holder.getPublic(),
            X509Builder.randomSerial(),
            pki.ca(),
            pki.caKey(),
            store.provider(),
            now,
            now.plus(365, ChronoUnit.DAYS),
            URLS,
            TENANT);
    byte[] signed =
        PadesSigner.sign(
            Pdfs.onePage("y"), fresh, pki.ca(), holder.getPrivate(), store.provider(), now, "test");

    // thisUpdate one minute before the certificate's notBefore: DSS's
    // BBB_XCV_REVOC_AFTER_CERT_NOT_BEFORE fails, so there is no acceptable revocation data
    PdfValidation older =
        PadesValidator.validate(signed, pki.ca(), crl(pki, store, List.of(), now), now);
    assertThat(older.passed()).isFalse();
    assertThat(older.intact()).isTrue();
    assertThat(older.indication()).isEqualTo("INDETERMINATE/CERTIFICATE_CHAIN_GENERAL_FAILURE");

    byte[] later =
        X509Builder.crl(
                pki.ca(),
                pki.caKey(),
                store.provider(),
                List.of(),
                2,
                now,
                now.plus(1, ChronoUnit.DAYS))
            .getEncoded();
    PdfValidation valid = PadesValidator.validate(signed, pki.ca(), later, now);
    assertThat(valid.passed()).as(valid.indication()).isTrue();
  }
}
