package io.sigillo.identity.domain;

import io.sigillo.identity.api.CodeCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A one-time code sent by e-mail to an identity's registered address, stored as a keyed hash only.
 * Valid for a few minutes, for a bounded number of wrong attempts, once. The row's version guards
 * against two concurrent checks both counting or both using it.
 */
@Entity
@Table(name = "identity_email_code")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "EmailCode.latest",
    query =
        "select c from EmailCode c where c.identityId = :identity and c.purpose = :purpose"
            + " order by c.createdAt desc")
@NamedQuery(
    name = "EmailCode.bySmsChallenge",
    query = "select c from EmailCode c where c.smsChallengeId = :challenge")
public class EmailCode {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "identity_id", nullable = false)
  private long identityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private EmailCodePurpose purpose;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "attempts_left", nullable = false)
  private int attemptsLeft;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "new_value", length = 254)
  private String newValue;

  @Column(name = "sms_challenge_id", length = 36)
  private String smsChallengeId;

  @Version private long version;

  protected EmailCode() {}

  public EmailCode(
      String id,
      long identityId,
      EmailCodePurpose purpose,
      String codeHash,
      int attempts,
      Instant now,
      Duration lifetime,
      String newValue) {
    this.id = id;
    this.identityId = identityId;
    this.purpose = purpose;
    this.codeHash = codeHash;
    this.attemptsLeft = attempts;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(lifetime).atOffset(ZoneOffset.UTC);
    this.newValue = newValue;
  }

  /**
   * Decides a typed code whose hash is given: wrong codes count down, the right one closes the
   * code. A closed code answers what closed it, whatever is typed.
   */
  public CodeCheck check(String typedHash, Instant now) {
    if (usedAt != null) {
      return CodeCheck.ALREADY_USED;
    }
    if (attemptsLeft <= 0) {
      return CodeCheck.EXHAUSTED;
    }
    if (!now.isBefore(expiresAt.toInstant())) {
      return CodeCheck.EXPIRED;
    }
    boolean right =
        MessageDigest.isEqual(
            codeHash.getBytes(StandardCharsets.US_ASCII),
            typedHash.getBytes(StandardCharsets.US_ASCII));
    if (right) {
      usedAt = now.atOffset(ZoneOffset.UTC);
      return CodeCheck.VERIFIED;
    }
    attemptsLeft--;
    return attemptsLeft == 0 ? CodeCheck.EXHAUSTED : CodeCheck.WRONG;
  }

  /** A newer code replaces this one. */
  public void supersede(Instant now) {
    if (usedAt == null && now.isBefore(expiresAt.toInstant())) {
      expiresAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public void awaitSms(String challengeId) {
    this.smsChallengeId = challengeId;
  }

  public String id() {
    return id;
  }

  public long identityId() {
    return identityId;
  }

  public int attemptsLeft() {
    return attemptsLeft;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<String> newValue() {
    return Optional.ofNullable(newValue);
  }

  public EmailCodePurpose purpose() {
    return purpose;
  }

  public boolean used() {
    return usedAt != null;
  }
}
