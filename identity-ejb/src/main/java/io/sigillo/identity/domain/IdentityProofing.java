package io.sigillo.identity.domain;

import io.sigillo.identity.api.DocumentType;
import io.sigillo.identity.api.ProofingMethod;
import io.sigillo.identity.api.ProofingRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How the provider identified a person: the method, the document shown (type, number, issuer,
 * expiry), the operator who did it and when. Written once, at enrolment; never changed.
 */
@Entity
@Table(name = "identity_proofing")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "IdentityProofing.byIdentity",
    query = "select p from IdentityProofing p where p.identityId = :identity order by p.id desc")
public class IdentityProofing {

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");

  @Id
  @SequenceGenerator(
      name = "identity_proofing_seq",
      sequenceName = "identity_proofing_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_proofing_seq")
  private Long id;

  @Column(name = "identity_id", nullable = false)
  private long identityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProofingMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 32)
  private DocumentType documentType;

  @Column(name = "document_number", nullable = false, length = 20)
  private String documentNumber;

  @Column(name = "document_issuer", nullable = false, length = 100)
  private String documentIssuer;

  @Column(name = "document_expiry", nullable = false)
  private LocalDate documentExpiry;

  @Column(nullable = false, length = 64)
  private String operator;

  @Column(name = "proofed_at", nullable = false)
  private OffsetDateTime proofedAt;

  @Version private long version;

  protected IdentityProofing() {}

  /**
   * A proofing record; {@link InvalidIdentityData} names the first field that is missing or
   * malformed, {@link DocumentExpired} a document that is no longer valid today.
   */
  public static IdentityProofing of(
      long identityId,
      ProofingMethod method,
      DocumentType documentType,
      String documentNumber,
      String documentIssuer,
      LocalDate documentExpiry,
      String operator,
      Instant now) {
    if (method == null) {
      throw new InvalidIdentityData("method", "in person, video, CIE or SPID");
    }
    if (documentType == null) {
      throw new InvalidIdentityData("documentType", "identity card, CIE, passport, licence");
    }
    String number =
        documentNumber == null
            ? ""
            : documentNumber.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    if (!DOCUMENT_NUMBER.matcher(number).matches()) {
      throw new InvalidIdentityData("documentNumber", "5-20 letters and digits");
    }
    String issuer = documentIssuer == null ? "" : documentIssuer.strip();
    if (issuer.length() < 2 || issuer.length() > 100) {
      throw new InvalidIdentityData("documentIssuer", "2-100 characters");
    }
    if (documentExpiry == null) {
      throw new InvalidIdentityData("documentExpiry", "required");
    }
    if (documentExpiry.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      throw new DocumentExpired(documentExpiry);
    }
    IdentityProofing proofing = new IdentityProofing();
    proofing.identityId = identityId;
    proofing.method = method;
    proofing.documentType = documentType;
    proofing.documentNumber = number;
    proofing.documentIssuer = issuer;
    proofing.documentExpiry = documentExpiry;
    proofing.operator = operator;
    proofing.proofedAt = now.atOffset(ZoneOffset.UTC);
    return proofing;
  }

  public ProofingRecord view(String username, List<ProofingRecord.ScanInfo> scans) {
    return new ProofingRecord(
        id,
        username,
        method,
        documentType,
        documentNumber,
        documentIssuer,
        documentExpiry,
        operator,
        proofedAt.toInstant(),
        scans);
  }

  public Long id() {
    return id;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public long identityId() {
    return identityId;
  }

  /** An identity document past its expiry date. */
  public static final class DocumentExpired extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final LocalDate expiry;

    DocumentExpired(LocalDate expiry) {
      super("document expired on " + expiry, null, false, false);
      this.expiry = expiry;
    }

    public LocalDate expiry() {
      return expiry;
    }
  }
}
