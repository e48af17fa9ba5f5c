package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SmsGateway;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.NotificationTemplates;
import io.sigillo.core.person.MobileNumber;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodeSettings;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.domain.sms.SmsCode;
import io.sigillo.otp.domain.sms.SmsCodeRules;
import io.sigillo.otp.infrastructure.crypto.SmsCodeHasher;
import io.sigillo.otp.infrastructure.persistence.SmsCodeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends SMS codes: for {@link SmsCodesBean}'s verification codes, and for the registry's SMS
 * devices, whose challenges name the device. The challenge row is written before the SMS leaves, in
 * the caller's transaction: if the gateway refuses the message the row (and the send slot) is
 * rolled back, so a code nobody received neither counts towards the cooldown nor can be verified.
 */
@ApplicationScoped
class SmsChallenges {

  private static final Logger LOG = Logger.getLogger(SmsChallenges.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private SmsCodeStore store;
  @Inject private SmsCodeHasher hasher;
  @Inject private SmsGateway gateway;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private NotificationTemplates templates;

  /**
   * @param device the registry's SMS device the code is for; empty for a verification code
   */
  SmsChallenge send(TenantId tenant, SmsCodeRequest request, Optional<Long> device, Actor actor) {
    String owner = owner(request.owner());
    String mobile = mobile(request.mobile());
    if (request.purpose() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "purpose", "required");
    }
    SmsPurpose purpose = request.purpose();
    SmsCodeRules rules = rules(tenant);
    Instant now = clock.instant();
    // a compare-and-set, not a read then a write: two simultaneous sends both passed a read
    if (!store.takeSendSlot(tenant, owner, purpose, now, now.minus(rules.resendCooldown()))) {
      Instant last = store.lastSent(tenant, owner, purpose).orElse(now);
      long wait =
          Math.max(1, Duration.between(now, last.plus(rules.resendCooldown())).toSeconds() + 1);
      throw new SigilloException(OtpError.SMS_RESEND_TOO_SOON, wait);
    }
    Instant hourAgo = now.minus(Duration.ofHours(1));
    if (store.sentSince(tenant, owner, hourAgo) >= rules.sendsPerHour()) {
      // the next code is possible once the oldest of the hour leaves it: say when, in minutes
      Instant oldest = store.firstSentSince(tenant, owner, hourAgo).orElse(now);
      long seconds =
          Math.max(1, Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds());
      throw new SigilloException(OtpError.SMS_SEND_LIMIT, (seconds + 59) / 60, seconds);
    }
    store.supersede(tenant, owner, purpose, now);

    String id = UUID.randomUUID().toString();
    String code = SmsCode.random(RANDOM);
    String keyId = hasher.currentKeyId();
    Instant expiresAt = now.plus(rules.lifetime());
    String portal = request.senderName() == null ? "" : request.senderName().strip();
    // the text is the tenant's (or the catalogue's); the sender is the tenant's SMS sender
    SmsMessage message =
        templates.sms(
            tenant,
            NotificationKind.smsCode(purpose.name()),
            request.locale(),
            mobile,
            Map.of(
                "portal",
                portal.isEmpty() ? "Sigillo" : portal,
                "code",
                code,
                "minutes",
                String.valueOf(rules.lifetime().toMinutes())));
    store.insert(
        tenant,
        id,
        owner,
        purpose,
        message.maskedRecipient(),
        keyId,
        hasher.hash(keyId, tenant, id, code),
        rules.maxAttempts(),
        now,
        expiresAt,
        device);
    String messageId;
    try {
      messageId = gateway.send(message);
    } catch (MessagingException e) {
      LOG.warning(
          () -> "SMS code " + id + " for tenant " + tenant + " not sent: " + e.getMessage());
      throw new SigilloException(OtpError.SMS_NOT_SENT);
    }
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "otp.sms.sent",
            AuditSubject.of(AuditSubject.Kind.SMS_CHALLENGE, id),
            purpose
                + " for "
                + owner
                + device.map(d -> " (device " + d + ")").orElse("")
                + " to "
                + message.maskedRecipient()
                + ", message "
                + messageId,
            actor.correlationId(),
            clock.instant()));
    return new SmsChallenge(
        id,
        purpose,
        message.maskedRecipient(),
        expiresAt,
        now.plus(rules.resendCooldown()),
        rules.maxAttempts(),
        messageId);
  }

  SmsCodeRules rules(TenantId tenant) {
    return store.settings(tenant).map(SmsChallenges::rules).orElseGet(SmsCodeRules::defaults);
  }

  static SmsCodeRules rules(SmsCodeSettings s) {
    return new SmsCodeRules(
        Duration.ofSeconds(s.lifetimeSeconds()),
        s.maxAttempts(),
        Duration.ofSeconds(s.resendCooldownSeconds()),
        s.sendsPerHour());
  }

  /**
   * A mobile number in E.164 form, as people type it ({@link MobileNumber}); anything else is
   * {@link OtpError#SMS_MOBILE_INVALID}.
   */
  static String mobile(String typed) {
    return MobileNumber.e164(typed)
        .orElseThrow(() -> new SigilloException(OtpError.SMS_MOBILE_INVALID));
  }

  static String owner(String owner) {
    String value = owner == null ? "" : owner.strip();
    if (value.isEmpty() || value.length() > 64) {
      throw new SigilloException(PlatformError.VALIDATION, "owner", "1..64 characters");
    }
    return value;
  }
}
