package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeCheck;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.domain.EmailCode;
import io.sigillo.identity.domain.EmailCodePurpose;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.crypto.EmailCodeHasher;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One-time codes by e-mail to the registered address, with the same rules as the SMS codes: six
 * digits, five minutes, three wrong attempts, a minute between two sends, a newer code supersedes
 * the older one of the same purpose. Runs in the caller's transaction.
 */
@Stateless
@LocalBean
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// called by IdentityCredentialsBean for the caller it serves
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class EmailCodes {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final Duration COOLDOWN = Duration.ofSeconds(60);
  static final int ATTEMPTS = 3;
  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Inject private EmailCodeHasher hasher;
  @Inject private IdentityMails mails;
  @Inject private Clock clock;

  /** A code and the row it was checked against. */
  public record Checked(CodeOutcome outcome, EmailCode code) {}

  public CodeSent send(
      TenantId tenant,
      Identity identity,
      EmailCodePurpose purpose,
      String newValue,
      Locale locale,
      String senderName) {
    if (identity.email() == null) {
      throw new SigilloException(IdentityError.NO_EMAIL);
    }
    Instant now = clock.instant();
    List<EmailCode> earlier =
        em.createNamedQuery("EmailCode.latest", EmailCode.class)
            .setParameter("identity", identity.id())
            .setParameter("purpose", purpose)
            .setMaxResults(5)
            .getResultList();
    if (!earlier.isEmpty() && now.isBefore(earlier.get(0).createdAt().plus(COOLDOWN))) {
      long wait = Duration.between(now, earlier.get(0).createdAt().plus(COOLDOWN)).toSeconds() + 1;
      throw new SigilloException(IdentityError.EMAIL_RESEND_TOO_SOON, wait);
    }
    earlier.forEach(c -> c.supersede(now));
    String id = UUID.randomUUID().toString();
    String code = hasher.newCode();
    EmailCode row =
        new EmailCode(
            id,
            identity.id(),
            purpose,
            hasher.hash(tenant, id, code),
            ATTEMPTS,
            now,
            LIFETIME,
            newValue);
    em.persist(row);
    em.flush();
    mails.code(
        tenant,
        identity.email(),
        locale,
        senderName,
        identity.givenName(),
        purpose.name(),
        code,
        LIFETIME.toMinutes());
    return new CodeSent(
        id,
        CodeChannel.EMAIL,
        Masking.mask(identity.email()),
        row.expiresAt(),
        now.plus(COOLDOWN),
        ATTEMPTS);
  }

  /**
   * Checks a typed code under a row lock, so concurrent attempts count one after the other. A code
   * of another identity, purpose or tenant is not found; a code that is not six digits does not
   * count as an attempt.
   */
  public Checked check(
      TenantId tenant, Identity identity, String codeId, EmailCodePurpose purpose, String typed) {
    String id = codeId == null ? "" : codeId.strip();
    EmailCode row =
        ID.matcher(id).matches()
            ? em.find(EmailCode.class, id, LockModeType.PESSIMISTIC_WRITE)
            : null;
    if (row == null || row.identityId() != identity.id() || row.purpose() != purpose) {
      throw new SigilloException(IdentityError.EMAIL_CODE_NOT_FOUND);
    }
    String code = typed == null ? "" : typed.replace(" ", "").strip();
    if (!SIX_DIGITS.matcher(code).matches()) {
      throw new SigilloException(io.sigillo.otp.api.OtpError.CODE_MALFORMED);
    }
    CodeCheck check = row.check(hasher.hash(tenant, id, code), clock.instant());
    return new Checked(new CodeOutcome(check, row.attemptsLeft()), row);
  }
}
