package io.sigillo.core.messaging;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An e-mail to one address, sent on behalf of a tenant: plain text, and optionally an HTML
 * alternative made from it with an inline logo the HTML shows as {@code cid:logo}.
 *
 * @param body the plain text, always present (what text-only clients and screen readers get)
 * @param html the HTML alternative, or null for a plain-text e-mail
 * @param logo the image the HTML references as {@code cid:logo}, or null
 */
public record MailMessage(
    TenantId tenant,
    String fromName,
    String to,
    String subject,
    String body,
    String html,
    InlineImage logo) {

  /** The Content-ID of the inline logo part. */
  public static final String LOGO_CONTENT_ID = "logo";

  public MailMessage {
    Objects.requireNonNull(tenant, "tenant");
    if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("recipient is not an e-mail address");
    }
    if (subject == null || subject.isBlank() || body == null) {
      throw new IllegalArgumentException("e-mail needs a subject and a body");
    }
    if (logo != null && html == null) {
      throw new IllegalArgumentException("an inline logo needs an HTML part");
    }
    fromName = fromName == null || fromName.isBlank() ? "Sigillo" : fromName;
  }

  /** A plain-text e-mail. */
  public MailMessage(TenantId tenant, String fromName, String to, String subject, String body) {
    this(tenant, fromName, to, subject, body, null, null);
  }

  public String maskedRecipient() {
    return Masking.mask(to);
  }

  /**
   * A raster image carried in the message itself (mail clients block remote images and most refuse
   * SVG).
   */
  public record InlineImage(String mediaType, byte[] content) {

    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif");

    public InlineImage {
      mediaType = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
      if (!TYPES.contains(mediaType)) {
        throw new IllegalArgumentException("inline images are PNG, JPEG or GIF");
      }
      if (content == null || content.length == 0) {
        throw new IllegalArgumentException("inline image is empty");
      }
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InlineImage that
          && mediaType.equals(that.mediaType)
          && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
      return 31 * mediaType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return "InlineImage[" + mediaType + ", " + content.length + " bytes]";
    }
  }
}
