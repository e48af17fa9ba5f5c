package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.NotificationTemplates;
import io.sigillo.core.security.Role;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ActivationRequest;
import io.sigillo.otp.api.ActivationSent;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.FirstDeviceActivations;
import io.sigillo.otp.api.NewTotpDevice;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.TotpEnrolment;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.infrastructure.persistence.ActivationStore;
import io.sigillo.otp.infrastructure.persistence.ActivationStore.OpenActivation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Staff first-device activation links. The token is 256 random bits, so it needs no attempt
 * counter: guessing one is hopeless, and only its SHA-256 is stored (no key needed for a value that
 * cannot be brute-forced). The link proves the mailbox; the session that opens it proves the
 * password; together they stand in for level 2 exactly once, for enrolling and confirming one app
 * of the staff member themselves.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// staff for themselves only (checked again in staffForThemselves, with the actor's roles)
@RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN})
public class FirstDeviceActivationsBean implements FirstDeviceActivations {

  private static final Logger LOG = Logger.getLogger(FirstDeviceActivationsBean.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  static final Duration LIFETIME = Duration.ofMinutes(30);
  static final Duration COOLDOWN = Duration.ofSeconds(60);

  @Inject private ActivationStore store;
  @Inject private OtpRegistry registry;
  @Inject private MailSender mail;
  @Inject private OtpAudit audit;
  @Inject private Clock clock;
  @Inject private NotificationTemplates templates;

  @Override
  public ActivationSent send(TenantId tenant, ActivationRequest request, Actor actor) {
    String owner = staffForThemselves(actor);
    if (hasActiveDevice(tenant, owner)) {
      throw new SigilloException(OtpError.ACTIVATION_NOT_NEEDED);
    }
    String email = request.email() == null ? "" : request.email().strip();
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new SigilloException(OtpError.ACTIVATION_NO_EMAIL);
    }
    Instant now = clock.instant();
    Instant last = store.lastSent(tenant, owner).orElse(Instant.EPOCH);
    if (now.isBefore(last.plus(COOLDOWN))) {
      long wait = Math.max(1, Duration.between(now, last.plus(COOLDOWN)).toSeconds() + 1);
      throw new SigilloException(OtpError.ACTIVATION_TOO_SOON, wait);
    }
    store.supersede(tenant, owner, now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String id = UUID.randomUUID().toString();
    Instant expiresAt = now.plus(LIFETIME);
    store.insert(tenant, id, owner, hash(token), now, expiresAt);
    audit.activation(tenant, actor, "otp.activation.sent", id);
    // sent inside the transaction on purpose: a link that did not leave is not kept, and the page
    // says so (ACTIVATION_NOT_SENT) instead of announcing a message that never comes
    MailMessage message =
        templates.mail(
            tenant,
            NotificationKind.STAFF_DEVICE_ACTIVATION,
            request.locale(),
            email,
            Map.of(
                "portal",
                Objects.requireNonNullElse(request.portalName(), "Sigillo"),
                "link",
                request.link() + token,
                "minutes",
                String.valueOf(LIFETIME.toMinutes())));
    try {
      mail.send(message);
    } catch (MessagingException e) {
      LOG.warning(() -> "activation link for " + owner + " not sent: " + e.getMessage());
      throw new SigilloException(OtpError.ACTIVATION_NOT_SENT);
    }
    return new ActivationSent(message.maskedRecipient(), expiresAt);
  }

  @Override
  public TotpEnrolment enrol(TenantId tenant, String token, String issuer, Actor actor) {
    String owner = staffForThemselves(actor);
    open(tenant, token, owner);
    if (hasActiveDevice(tenant, owner)) {
      throw new SigilloException(OtpError.ACTIVATION_NOT_NEEDED);
    }
    return registry.enrolTotp(tenant, new NewTotpDevice(owner, issuer), actor.atLevelTwo());
  }

  @Override
  public ValidationResult confirm(
      TenantId tenant, String token, long deviceId, String code, Actor actor) {
    String owner = staffForThemselves(actor);
    OpenActivation activation = open(tenant, token, owner);
    DeviceSummary device =
        registry
            .find(tenant, deviceId)
            .filter(d -> d.owner().equals(owner) && d.status() == DeviceStatus.PENDING)
            .orElseThrow(() -> new SigilloException(OtpError.DEVICE_NOT_FOUND));
    ValidationResult result = registry.confirm(tenant, device.id(), code, actor.atLevelTwo());
    if (result.accepted()) {
      if (!store.use(tenant, activation.id(), clock.instant())) {
        // another request used the link first: this confirmation rolls back with the refusal
        throw new SigilloException(OtpError.ACTIVATION_INVALID);
      }
      audit.activation(tenant, actor, "otp.activation.used", activation.id());
    }
    return result;
  }

  /** The caller's own name, when they are staff acting for themselves (never a back end). */
  private static String staffForThemselves(Actor actor) {
    if (actor.is(Role.SERVICE) || !(actor.is(Role.OPERATOR) || actor.is(Role.PLATFORM_ADMIN))) {
      throw new SigilloException(OtpError.STAFF_ONLY);
    }
    return actor.name();
  }

  private OpenActivation open(TenantId tenant, String token, String owner) {
    String value = token == null ? "" : token.strip();
    if (value.isEmpty() || value.length() > 100) {
      throw new SigilloException(OtpError.ACTIVATION_INVALID);
    }
    return store
        .open(tenant, hash(value), clock.instant())
        .filter(activation -> activation.owner().equals(owner))
        .orElseThrow(() -> new SigilloException(OtpError.ACTIVATION_INVALID));
  }

  private boolean hasActiveDevice(TenantId tenant, String owner) {
    return registry.devicesOf(tenant, owner).stream()
        .anyMatch(device -> device.status() == DeviceStatus.ACTIVE);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
