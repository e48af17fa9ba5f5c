package io.sigillo.signature.infrastructure.pki;

import io.sigillo.core.tenant.TenantId;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds the tenant CA's certificate, holders' certificates and CRLs. Signing goes through the key
 * store's provider with a key handle, so it works the same with a token key that cannot leave the
 * token and with a software key.
 */
public final class X509Builder {

  static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  /** ETSI EN 319 411-2 QCP-n-qscd: qualified certificate for natural persons, key in a QSCD. */
  static final ASN1ObjectIdentifier QCP_N_QSCD = new ASN1ObjectIdentifier("0.4.0.194112.1.2");

  private static final SecureRandom RANDOM = new SecureRandom();

  private X509Builder() {}

  /** A positive 127-bit random serial: unpredictable, as the CA/B and ETSI rules ask. */
  public static BigInteger randomSerial() {
    return new BigInteger(127, RANDOM).setBit(120);
  }

  public static X500Name caSubject(TenantId tenant) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "IT")
        .addRDN(BCStyle.O, "Sigillo " + tenant.value())
        .addRDN(BCStyle.CN, "Sigillo Signing CA " + tenant.value())
        .build();
  }

  public static X500Name holderSubject(HolderIdentity holder) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "IT")
        .addRDN(BCStyle.SURNAME, holder.surname())
        .addRDN(BCStyle.GIVENNAME, holder.givenName())
        .addRDN(BCStyle.SERIALNUMBER, "TINIT-" + holder.codiceFiscale())
        .addRDN(BCStyle.CN, holder.givenName() + " " + holder.surname())
        .build();
  }

  /** The tenant's self-signed CA certificate. */
  public static X509Certificate caCertificate(
      TenantId tenant, KeyPair ca, Provider provider, Instant from, Instant until) {
    try {
      X500Name subject = caSubject(tenant);
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject, randomSerial(), Date.from(from), Date.from(until), subject, ca.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(ca.getPublic()));
      return certificate(builder.build(signer(ca.getPrivate(), provider)));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("CA certificate not built", e);
    }
  }

  /**
   * A holder's signing certificate: non-repudiation only (critical), the ETSI qualified statements,
   * where to find the CRL and the CA certificate.
   */
  public static X509Certificate holderCertificate(
      HolderIdentity holder,
      PublicKey holderKey,
      BigInteger serial,
      X509Certificate ca,
      PrivateKey caKey,
      Provider provider,
      Instant from,
      Instant until,
      PkiUrls urls,
      TenantId tenant) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              ca, serial, Date.from(from), Date.from(until), holderSubject(holder), holderKey);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation));
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(holderKey));
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
      builder.addExtension(
          Extension.certificatePolicies,
          false,
          new CertificatePolicies(new PolicyInformation(QCP_N_QSCD)));
      builder.addExtension(Extension.qCStatements, false, qcStatements(urls.disclosure(tenant)));
      builder.addExtension(
          Extension.cRLDistributionPoints, false, crlDistributionPoint(urls.crl(tenant)));
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              new AccessDescription(
                  X509ObjectIdentifiers.id_ad_caIssuers,
                  new GeneralName(
                      GeneralName.uniformResourceIdentifier, urls.caCertificate(tenant)))));
      if (holder.email() != null && !holder.email().isBlank()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(new GeneralName(GeneralName.rfc822Name, holder.email())));
      }
      return certificate(builder.build(signer(caKey, provider)));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("holder certificate not built", e);
    }
  }

  /** A CRL listing the entries (revoked and on hold), with its number and the CA's key id. */
  public static X509CRL crl(
      X509Certificate ca,
      PrivateKey caKey,
      Provider provider,
      List<CrlEntry> entries,
      long number,
      Instant thisUpdate,
      Instant nextUpdate) {
    try {
      X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca, Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(nextUpdate));
      for (CrlEntry entry : entries) {
        builder.addCRLEntry(entry.serial(), Date.from(entry.since()), entry.crlReason());
      }
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
      builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(caKey, provider)));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("CRL not built", e);
    }
  }

  private static DERSequence qcStatements(String disclosureUrl) {
    ASN1EncodableVector pds = new ASN1EncodableVector();
    pds.add(new DERIA5String(disclosureUrl));
    pds.add(new DERPrintableString("en"));
    List<QCStatement> statements = new ArrayList<>();
    statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance));
    statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD));
    statements.add(
        new QCStatement(
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcType,
            new DERSequence(ETSIQCObjectIdentifiers.id_etsi_qct_esign)));
    statements.add(
        new QCStatement(
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcPds, new DERSequence(new DERSequence(pds))));
    return new DERSequence(statements.toArray(new QCStatement[0]));
  }

  private static CRLDistPoint crlDistributionPoint(String url) {
    GeneralNames names =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
    return new CRLDistPoint(
        new DistributionPoint[] {
          new DistributionPoint(new DistributionPointName(names), null, null)
        });
  }

  private static ContentSigner signer(PrivateKey key, Provider provider)
      throws OperatorCreationException {
    return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(provider).build(key);
  }

  private static X509Certificate certificate(X509CertificateHolder holder)
      throws GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(holder);
  }
}
