package io.sigillo.core.audit;

import io.sigillo.core.tenant.TenantId;
import java.util.Objects;

/**
 * What an audit event is about: a kind and the id the owning module gives it. Typed so that the
 * module that writes an event and the page that looks it up build the same text (the trail once
 * held "otp-device:7" written by the registry and "device 7" searched by the operator's page, so no
 * unlock was ever found). The stored text is {@link #key()}: {@code <kind>:<id>}, or the kind alone
 * for a tenant-wide subject such as a policy.
 *
 * @param id the owning module's identifier of the subject; empty for a tenant-wide subject
 */
public record AuditSubject(Kind kind, String id) {

  /** The kinds of thing the platform audits, each with the prefix stored in the trail. */
  public enum Kind {
    OTP_DEVICE("otp-device"),
    OTP_KEY("otp-key"),
    OTP_POLICY("otp-policy"),
    OTP_SMS_POLICY("otp-sms-policy"),
    OTP_ACTIVATION("otp-activation"),
    OTP_TOKEN_IMPORT("otp-token-import"),
    OTP_TOKEN_CLAIM("otp-token-claim"),
    SMS_CHALLENGE("sms-challenge"),
    /** An identity by its row id, as the identity module knows it. */
    IDENTITY("identity"),
    /** A person by username, as the operator console and the tenant's staff know them. */
    PERSON("person"),
    HOLDER("holder"),
    CERTIFICATE("certificate"),
    SIGNATURE_POLICY("signature-policy"),
    TENANT("tenant"),
    SUPPORT_REQUEST("support-request"),
    GUIDE("guide");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public AuditSubject {
    Objects.requireNonNull(kind, "kind");
    id = id == null ? "" : id.strip();
    if (id.length() > 180) {
      throw new IllegalArgumentException("an audit subject's id has at most 180 characters");
    }
  }

  public static AuditSubject otpDevice(long deviceId) {
    return new AuditSubject(Kind.OTP_DEVICE, Long.toString(deviceId));
  }

  public static AuditSubject identity(long identityId) {
    return new AuditSubject(Kind.IDENTITY, Long.toString(identityId));
  }

  public static AuditSubject person(String username) {
    return new AuditSubject(Kind.PERSON, username);
  }

  public static AuditSubject holder(long holderId) {
    return new AuditSubject(Kind.HOLDER, Long.toString(holderId));
  }

  public static AuditSubject certificate(long certificateId) {
    return new AuditSubject(Kind.CERTIFICATE, Long.toString(certificateId));
  }

  public static AuditSubject tenant(TenantId tenant) {
    return new AuditSubject(Kind.TENANT, tenant.value());
  }

  /** A subject that is the tenant's own setting (a policy): no id of its own. */
  public static AuditSubject of(Kind kind) {
    return new AuditSubject(kind, "");
  }

  public static AuditSubject of(Kind kind, String id) {
    return new AuditSubject(kind, id);
  }

  /** The text stored in the trail's subject column. */
  public String key() {
    return id.isEmpty() ? kind.prefix() : kind.prefix() + ":" + id;
  }

  @Override
  public String toString() {
    return key();
  }
}
