package io.sigillo.signature.infrastructure.pki;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.tenant.TenantId;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA's certificates and CRLs, read back by the JDK, BouncyCastle and OpenSSL. */
class X509BuilderTest {

  private static final TenantId TENANT = TenantId.of("alpha");
  private static final PkiUrls URLS = new PkiUrls("https://{tenant}.example.it/pki/");
  private static KeyPair caKeys;
  private static KeyPair holderKeys;
  private static Provider provider;

  @TempDir Path dir;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    caKeys = generator.generateKeyPair();
    holderKeys = generator.generateKeyPair();
    provider = Signature.getInstance("SHA256withRSA").getProvider();
  }

  private static X509Certificate ca(Instant now) {
    return X509Builder.caCertificate(
        TENANT, caKeys, provider, now, now.plus(3650, ChronoUnit.DAYS));
  }

  private static X509Certificate holder(X509Certificate ca, BigInteger serial, Instant now) {
    return X509Builder.holderCertificate(
        new HolderIdentity("MARIO", "ROSSI", "RSSMRA85T10A562S", "mario@example.it"),
        holderKeys.getPublic(),
        serial,
        ca,
        caKeys.getPrivate(),
        provider,
        now,
        now.plus(365, ChronoUnit.DAYS),
        URLS,
        TENANT);
  }

  @Test
  void holderCertificateCarriesNameTaxCodeNonRepudiationAndQualifiedStatements() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    X509Certificate ca = ca(now);
    X509Certificate leaf = holder(ca, X509Builder.randomSerial(), now);

    leaf.verify(ca.getPublicKey());
    String subject = leaf.getSubjectX500Principal().getName();
    assertThat(subject).contains("2.5.4.5=#").contains("2.5.4.42=#").contains("2.5.4.4=#");
    assertThat(new X509CertificateHolder(leaf.getEncoded()).getSubject().toString())
        .contains("SERIALNUMBER=TINIT-RSSMRA85T10A562S")
        .contains("GIVENNAME=MARIO")
        .contains("SURNAME=ROSSI");
    assertThat(leaf.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
    boolean[] usage = leaf.getKeyUsage();
    assertThat(usage[1]).as("nonRepudiation").isTrue();
    assertThat(usage[0]).as("digitalSignature").isFalse();
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);

    X509CertificateHolder holder = new X509CertificateHolder(leaf.getEncoded());
    ASN1Sequence statements =
        ASN1Sequence.getInstance(holder.getExtension(Extension.qCStatements).getParsedValue());
    List<String> ids =
        java.util.Arrays.stream(statements.toArray())
            .map(s -> QCStatement.getInstance(s).getStatementId().getId())
            .toList();
    assertThat(ids)
        .containsExactly(
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance.getId(),
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD.getId(),
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcType.getId(),
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcPds.getId());
    String text = openssl(dir, "x509", "-noout", "-text", "-in", pem(dir, "leaf.pem", leaf));
    assertThat(text)
        .contains("URI:https://alpha.example.it/pki/crl")
        .contains("CA Issuers - URI:https://alpha.example.it/pki/ca.crt")
        .contains("Non Repudiation")
        .contains("email:mario@example.it");
  }

  @Test
  void opensslAcceptsTheChainWithTheCrlUntilTheCertificateIsOnIt() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    X509Certificate ca = ca(now.minusSeconds(60));
    BigInteger serial = X509Builder.randomSerial();
    X509Certificate leaf = holder(ca, serial, now.minusSeconds(60));
    String caPem = pem(dir, "ca.pem", ca);
    String leafPem = pem(dir, "leaf.pem", leaf);

    X509CRL empty =
        X509Builder.crl(
            ca, caKeys.getPrivate(), provider, List.of(), 1, now, now.plus(1, ChronoUnit.DAYS));
    String ok = verify(caPem, crlPem(dir, "empty.crl.pem", empty), leafPem);
    assertThat(ok).contains("leaf.pem: OK");

    X509CRL revoked =
        X509Builder.crl(
            ca,
            caKeys.getPrivate(),
            provider,
            List.of(new CrlEntry(serial, now, 1)),
            2,
            now,
            now.plus(1, ChronoUnit.DAYS));
    assertThat(revoked.isRevoked(leaf)).isTrue();
    String refused = verify(caPem, crlPem(dir, "revoked.crl.pem", revoked), leafPem);
    assertThat(refused).contains("error 23").contains("revoked");

    X509CRL held =
        X509Builder.crl(
            ca,
            caKeys.getPrivate(),
            provider,
            List.of(new CrlEntry(serial, now, CrlEntry.CERTIFICATE_HOLD)),
            3,
            now,
            now.plus(1, ChronoUnit.DAYS));
    assertThat(held.getRevokedCertificate(leaf).getRevocationReason())
        .isEqualTo(java.security.cert.CRLReason.CERTIFICATE_HOLD);
  }

  private String verify(String caPem, String crlPem, String leafPem) throws Exception {
    return openssl(dir, "verify", "-CAfile", caPem, "-crl_check", "-CRLfile", crlPem, leafPem);
  }

  static String pem(Path dir, String name, X509Certificate certificate) throws Exception {
    return write(dir, name, "CERTIFICATE", certificate.getEncoded());
  }

  static String crlPem(Path dir, String name, X509CRL crl) throws Exception {
    return write(dir, name, "X509 CRL", crl.getEncoded());
  }

  private static String write(Path dir, String name, String type, byte[] der) throws IOException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    Path file = dir.resolve(name);
    Files.writeString(
        file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    return file.toString();
  }

  static String openssl(Path dir, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
