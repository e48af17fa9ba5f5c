package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.AccountActivations;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.ContactConfirmation;
import io.sigillo.identity.api.DocumentScan;
import io.sigillo.identity.api.DocumentScanUpload;
import io.sigillo.identity.api.EnrolmentStarted;
import io.sigillo.identity.api.Enrolments;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.NewEnrolment;
import io.sigillo.identity.api.PendingEnrolment;
import io.sigillo.identity.api.ProofingRecord;
import io.sigillo.identity.domain.AccountActivation;
import io.sigillo.identity.domain.EmailCodePurpose;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.domain.IdentityDocumentScan;
import io.sigillo.identity.domain.IdentityProofing;
import io.sigillo.identity.domain.InvalidIdentityData;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.otp.api.DataSealing;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.signature.api.HolderDataCheckResult;
import io.sigillo.signature.api.Sex;
import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.Passwords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enrolment of customers by the tenant's operators, with an identity-proofing record. Every method
 * needs an operator of the tenant acting at level 2 ({@link Actor#actingOperator()}); the container
 * admits the operator role only.
 */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.OPERATOR})
@RolesAllowed({Roles.OPERATOR})
public class EnrolmentsBean implements Enrolments {

  static final int MAX_SCANS = 4;
  static final int MAX_SCAN_BYTES = 5 * 1024 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Inject private Clock clock;
  @EJB private HolderDataCheck holderData;
  @EJB private SmsCodes smsCodes;
  @EJB private EmailCodes emailCodes;
  @Inject private DataSealing sealing;
  @Inject private LoginAccounts accounts;
  @Inject private Passwords passwords;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;

  @Override
  public EnrolmentStarted start(
      TenantId tenant,
      NewEnrolment request,
      List<DocumentScanUpload> scans,
      Locale locale,
      String senderName,
      Actor actor) {
    requireOperator(actor);
    Instant now = clock.instant();
    Identity identity;
    try {
      identity =
          Identity.enrol(
              request.username(),
              request.givenName(),
              request.surname(),
              request.email(),
              request.mobile(),
              request.codiceFiscale(),
              request.birthDate(),
              request.sex(),
              request.placeOfBirth(),
              request.provinceOfBirth(),
              now);
    } catch (InvalidIdentityData e) {
      throw e.refusal();
    }
    try {
      // checked before anything is stored; recorded below with the identity's id
      IdentityProofing.of(
          0,
          request.method(),
          request.documentType(),
          request.documentNumber(),
          request.documentIssuer(),
          request.documentExpiry(),
          actor.name(),
          now);
    } catch (InvalidIdentityData e) {
      throw new SigilloException(IdentityError.PROOFING_INVALID, e.field(), e.rule());
    } catch (IdentityProofing.DocumentExpired e) {
      throw new SigilloException(IdentityError.DOCUMENT_EXPIRED, e.expiry().toString());
    }
    requireAgreesWithTaxCode(identity, request);
    List<Scan> checkedScans = checkScans(scans);
    if (Identities.find(em, identity.username()).isPresent()) {
      throw new SigilloException(IdentityError.USERNAME_TAKEN, identity.username());
    }
    if (!em.createNamedQuery("Identity.byCodiceFiscale", Identity.class)
        .setParameter("codiceFiscale", identity.codiceFiscale().orElseThrow())
        .getResultList()
        .isEmpty()) {
      throw new SigilloException(IdentityError.CODICE_FISCALE_TAKEN);
    }
    em.persist(identity);
    em.flush();
    IdentityProofing proofing =
        IdentityProofing.of(
            identity.id(),
            request.method(),
            request.documentType(),
            request.documentNumber(),
            request.documentIssuer(),
            request.documentExpiry(),
            actor.name(),
            now);
    em.persist(proofing);
    em.flush();
    for (Scan scan : checkedScans) {
      long id = RANDOM.nextLong() & Long.MAX_VALUE;
      byte[] sealed =
          sealing.seal(tenant, IdentityDocumentScan.SEALED_KIND, id, scan.upload().content());
      em.persist(
          new IdentityDocumentScan(
              id,
              proofing.id(),
              scan.fileName(),
              scan.contentType(),
              scan.upload().content().length,
              sealed,
              sealing.keyIdOf(sealed),
              now));
    }
    em.flush();
    // the account exists from the start, without a password: a clash with someone else's
    // username or address is refused before any code goes out
    accounts.ensureCustomer(
        tenant,
        new LoginAccounts.PortalAccount(
            identity.username(), identity.givenName(), identity.surname(), identity.email(), null));
    audit.record(
        tenant,
        actor,
        "identity.enrolment.started",
        identity.id(),
        request.method()
            + " with "
            + request.documentType()
            + ", "
            + checkedScans.size()
            + " scans");
    SmsChallenge sms =
        smsCodes.send(
            tenant,
            new SmsCodeRequest(
                identity.username(), identity.mobile(), SmsPurpose.ENROLMENT, locale, senderName),
            actor);
    var email =
        emailCodes.send(tenant, identity, EmailCodePurpose.ENROLMENT, null, locale, senderName);
    return new EnrolmentStarted(
        identity.summary(),
        sms.challengeId(),
        sms.maskedMobile(),
        email.challengeId(),
        Masking.mask(identity.email()));
  }

  @Override
  public ContactConfirmation confirmContacts(
      TenantId tenant,
      String username,
      String smsChallengeId,
      String smsCode,
      String emailCodeId,
      String emailCode,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor) {
    requireOperator(actor);
    Identity identity = Identities.get(em, username);
    if (identity.status() != IdentityStatus.PENDING) {
      throw new SigilloException(IdentityError.ENROLMENT_STEP_CLOSED);
    }
    Optional<CodeOutcome> mobile = Optional.empty();
    if (!identity.mobileVerified() && given(smsChallengeId)) {
      SmsVerification verification =
          smsCodes.verify(tenant, smsChallengeId, SmsPurpose.ENROLMENT, smsCode, actor);
      if (!identity.username().equals(verification.owner())) {
        throw new SigilloException(io.sigillo.otp.api.OtpError.SMS_CHALLENGE_NOT_FOUND);
      }
      CodeOutcome outcome =
          new CodeOutcome(
              CredentialSms.check(verification.status()), verification.remainingAttempts());
      if (outcome.verified()) {
        identity.proveMobile();
      }
      mobile = Optional.of(outcome);
    }
    Optional<CodeOutcome> email = Optional.empty();
    if (!identity.emailVerified() && given(emailCodeId)) {
      CodeOutcome outcome =
          emailCodes
              .check(tenant, identity, emailCodeId, EmailCodePurpose.ENROLMENT, emailCode)
              .outcome();
      if (outcome.verified()) {
        identity.proveEmail();
      }
      email = Optional.of(outcome);
    }
    Instant now = clock.instant();
    if (identity.completeEnrolment(now)) {
      sendActivation(em, mails, tenant, identity, locale, senderName, activationLink, now);
      audit.record(
          tenant, actor, "identity.enrolment.contacts-confirmed", identity.id(), "activation sent");
    }
    em.flush();
    return new ContactConfirmation(identity.summary(), mobile, email);
  }

  private static boolean given(String challengeId) {
    return challengeId != null && !challengeId.isBlank();
  }

  @Override
  public PendingEnrolment pending(TenantId tenant, String username, Actor actor) {
    requireOperator(actor);
    Identity identity =
        Identities.find(em, username)
            .orElseThrow(() -> new SigilloException(IdentityError.IDENTITY_NOT_FOUND));
    if (identity.status() != IdentityStatus.PENDING) {
      throw new SigilloException(IdentityError.ENROLMENT_NOT_PENDING, identity.username());
    }
    return new PendingEnrolment(
        identity.summary(), Masking.mask(identity.mobile()), Masking.mask(identity.email()));
  }

  @Override
  public CodeSent resendContactCode(
      TenantId tenant,
      String username,
      CodeChannel channel,
      Locale locale,
      String senderName,
      Actor actor) {
    requireOperator(actor);
    Identity identity = Identities.get(em, username);
    String contact = ContactResends.destination(identity, channel);
    CodeSent sent;
    try {
      // each channel supersedes the contact's earlier code, as every other resend does
      sent =
          channel == CodeChannel.SMS
              ? sms(
                  smsCodes.send(
                      tenant,
                      new SmsCodeRequest(
                          identity.username(), contact, SmsPurpose.ENROLMENT, locale, senderName),
                      actor))
              : emailCodes.send(
                  tenant, identity, EmailCodePurpose.ENROLMENT, null, locale, senderName);
    } catch (SigilloException refused) {
      throw ContactResends.refusal(refused, contact);
    }
    audit.record(
        tenant,
        actor,
        "identity.enrolment.code-resent",
        identity.id(),
        channel + " to " + sent.maskedDestination());
    return sent;
  }

  private static CodeSent sms(SmsChallenge sent) {
    return new CodeSent(
        sent.challengeId(),
        CodeChannel.SMS,
        sent.maskedMobile(),
        sent.expiresAt(),
        sent.resendAvailableAt(),
        sent.attemptsAllowed());
  }

  @Override
  public String sendActivation(
      TenantId tenant,
      String username,
      Locale locale,
      String senderName,
      String activationLink,
      Actor actor) {
    requireOperator(actor);
    Identity identity = Identities.get(em, username);
    if (identity.status() != IdentityStatus.ACTIVE
        || identity.email() == null
        || passwords.passwordSetAt(identity.username()).isPresent()) {
      throw new SigilloException(IdentityError.ENROLMENT_STEP_CLOSED);
    }
    Instant now = clock.instant();
    em.createNamedQuery("AccountActivation.supersede")
        .setParameter("identity", identity.id())
        .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    sendActivation(em, mails, tenant, identity, locale, senderName, activationLink, now);
    audit.record(tenant, actor, "identity.activation.sent", identity.id(), "new link");
    return Masking.mask(identity.email());
  }

  @Override
  public Optional<ProofingRecord> proofing(TenantId tenant, String username, Actor actor) {
    requireOperator(actor);
    Optional<Identity> identity = Identities.find(em, username);
    if (identity.isEmpty()) {
      throw new SigilloException(IdentityError.IDENTITY_NOT_FOUND);
    }
    return latestProofing(identity.get())
        .map(
            p ->
                p.view(
                    identity.get().username(),
                    scansOf(p).stream().map(IdentityDocumentScan::info).toList()));
  }

  @Override
  public DocumentScan scan(TenantId tenant, String username, long scanId, Actor actor) {
    requireOperator(actor);
    Identity identity =
        Identities.find(em, username)
            .orElseThrow(() -> new SigilloException(IdentityError.IDENTITY_NOT_FOUND));
    IdentityDocumentScan scan =
        latestProofing(identity).stream()
            .flatMap(p -> scansOf(p).stream())
            .filter(s -> s.id() == scanId)
            .findFirst()
            .orElseThrow(() -> new SigilloException(IdentityError.DOCUMENT_SCAN_NOT_FOUND));
    byte[] content =
        sealing.open(tenant, IdentityDocumentScan.SEALED_KIND, scan.id(), scan.sealedContent());
    audit.record(
        tenant, actor, "identity.document-scan.viewed", identity.id(), "scan " + scan.id());
    return new DocumentScan(scan.id(), scan.fileName(), scan.contentType(), content);
  }

  private Optional<IdentityProofing> latestProofing(Identity identity) {
    return em.createNamedQuery("IdentityProofing.byIdentity", IdentityProofing.class)
        .setParameter("identity", identity.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private List<IdentityDocumentScan> scansOf(IdentityProofing proofing) {
    return em.createNamedQuery("IdentityDocumentScan.byProofing", IdentityDocumentScan.class)
        .setParameter("proofing", proofing.id())
        .getResultList();
  }

  static void requireOperator(Actor actor) {
    if (actor == null || !actor.actingOperator()) {
      throw new SigilloException(IdentityError.ENROLMENT_OPERATOR_ONLY);
    }
  }

  /** The personal data must be the ones the codice fiscale encodes, field by field. */
  private void requireAgreesWithTaxCode(Identity identity, NewEnrolment request) {
    requireAgreesWithTaxCode(holderData, identity, request);
  }

  static void requireAgreesWithTaxCode(
      HolderDataCheck holderData, Identity identity, NewEnrolment request) {
    HolderDataCheckResult result =
        holderData.check(
            new HolderData(
                identity.surname(),
                identity.givenName(),
                "F".equals(request.sex().strip().toUpperCase(Locale.ROOT)) ? Sex.FEMALE : Sex.MALE,
                request.birthDate(),
                request.placeOfBirth(),
                request.provinceOfBirth(),
                identity.codiceFiscale().orElseThrow()));
    if (!result.consistent()) {
      throw new SigilloException(
          IdentityError.PERSONAL_DATA_NOT_TAX_CODE,
          result.findings().stream()
              .map(f -> f.field().property())
              .distinct()
              .collect(Collectors.joining(", ")));
    }
  }

  private record Scan(DocumentScanUpload upload, String fileName, String contentType) {}

  private static List<Scan> checkScans(List<DocumentScanUpload> scans) {
    List<DocumentScanUpload> given = scans == null ? List.of() : scans;
    if (given.size() > MAX_SCANS) {
      throw new SigilloException(IdentityError.DOCUMENT_SCAN_INVALID, "?");
    }
    return given.stream()
        .map(
            upload -> {
              String name = fileName(upload.fileName());
              byte[] content = upload.content();
              if (content == null || content.length == 0 || content.length > MAX_SCAN_BYTES) {
                throw new SigilloException(IdentityError.DOCUMENT_SCAN_INVALID, name);
              }
              return new Scan(upload, name, contentType(content, name));
            })
        .toList();
  }

  private static String fileName(String given) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (name.isEmpty()) {
      name = "scan";
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  /** PNG, JPEG or PDF by their first bytes, never by what the browser says. */
  private static String contentType(byte[] content, String name) {
    if (startsWith(content, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return "application/pdf";
    }
    throw new SigilloException(IdentityError.DOCUMENT_SCAN_INVALID, name);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A new single-use activation link for the identity, e-mailed once the transaction commits. */
  static void sendActivation(
      EntityManager em,
      IdentityMails mails,
      TenantId tenant,
      Identity identity,
      Locale locale,
      String senderName,
      String activationLink,
      Instant now) {
    String token = newToken();
    em.persist(
        new AccountActivation(
            UUID.randomUUID().toString(),
            identity.id(),
            sha256(token),
            now,
            Duration.ofHours(AccountActivations.VALIDITY_HOURS)));
    mails.activation(
        tenant,
        identity.email(),
        locale,
        senderName,
        identity.givenName(),
        activationLink + token,
        AccountActivations.VALIDITY_HOURS);
  }

  /** 256 random bits, URL-safe. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Arrays.fill(bytes, (byte) 0);
    return token;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
