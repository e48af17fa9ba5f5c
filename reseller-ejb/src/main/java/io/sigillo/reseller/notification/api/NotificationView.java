package io.sigillo.reseller.notification.api;

import io.sigillo.core.messaging.template.Channel;
import io.sigillo.core.messaging.template.NotificationKind;
import java.util.List;

/**
 * One notification of the catalogue as its operators see it.
 *
 * @param group the part of the service it belongs to: {@code identity} (SPID identity), {@code
 *     signature} (remote signature), {@code otp} (OTP codes by SMS) or {@code staff}
 * @param texts the effective text in Italian, then in English
 */
public record NotificationView(
    NotificationKind kind,
    Channel channel,
    String group,
    List<VariableView> variables,
    List<LanguageText> texts) {

  public NotificationView {
    variables = List.copyOf(variables);
    texts = List.copyOf(texts);
  }

  /** The text in a language ({@code it} or {@code en}). */
  public LanguageText text(String lang) {
    return texts.stream().filter(t -> t.lang().equals(lang)).findFirst().orElseThrow();
  }

  /**
   * A variable the text may name as {@code {{name}}}.
   *
   * @param secret a code or a link: filled only in the real message, never in a preview
   * @param required the text must name it
   */
  public record VariableView(String name, boolean secret, boolean required) {}

  /**
   * The effective text in one language.
   *
   * @param subject the e-mail subject; null for an SMS
   * @param own the tenant's own text (else the catalogue's)
   * @param updatedBy the operator who saved the tenant's text last; null for the catalogue's
   */
  public record LanguageText(
      String lang, String subject, String body, boolean own, String updatedBy) {}
}
