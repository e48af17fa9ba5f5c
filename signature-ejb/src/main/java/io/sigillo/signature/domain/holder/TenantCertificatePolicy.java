package io.sigillo.signature.domain.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's own certificate policy, as the platform operator last set it; at most one per tenant.
 * Its values are only ever a checked {@link CertificatePolicy} and checked {@link PasswordRules}.
 */
@Entity
@Table(name = "sign_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    length = 40)
@NamedQuery(
    name = "TenantCertificatePolicy.current",
    query = "select p from TenantCertificatePolicy p")
public class TenantCertificatePolicy {

  @Id
  @SequenceGenerator(
      name = "sign_policy_seq",
      sequenceName = "sign_policy_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_policy_seq")
  private Long id;

  @Column(name = "certificate_validity_days", nullable = false)
  private int certificateValidityDays;

  @Column(name = "renewal_window_days", nullable = false)
  private int renewalWindowDays;

  @Column(name = "password_min_length", nullable = false)
  private int passwordMinLength;

  @Column(name = "password_history", nullable = false)
  private int passwordHistory;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected TenantCertificatePolicy() {}

  public TenantCertificatePolicy(
      CertificatePolicy policy, PasswordRules passwords, String actor, Instant now) {
    change(policy, passwords, actor, now);
  }

  public CertificatePolicy policy() {
    return new CertificatePolicy(certificateValidityDays, renewalWindowDays);
  }

  public PasswordRules passwordRules() {
    return new PasswordRules(passwordMinLength, passwordHistory);
  }

  public void change(CertificatePolicy policy, PasswordRules passwords, String actor, Instant now) {
    this.certificateValidityDays = policy.validityDays();
    this.renewalWindowDays = policy.renewalWindowDays();
    this.passwordMinLength = passwords.minLength();
    this.passwordHistory = passwords.history();
    this.updatedBy = Objects.requireNonNull(actor);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }
}
