package io.sigillo.selfcare.view.notification;

import io.sigillo.core.messaging.template.Channel;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.Senders;
import io.sigillo.core.messaging.template.TemplateText;
import io.sigillo.reseller.notification.api.NotificationPreview;
import io.sigillo.reseller.notification.api.NotificationTexts;
import io.sigillo.reseller.notification.api.NotificationView;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.view.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The tenant's e-mail and SMS texts: the catalogue grouped by service, and for the chosen
 * notification ({@code ?kind=}) the Italian and English drafts the operator types, kept in the view
 * whatever the business layer answers, so a refused text is never lost.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The groups in the page's order. */
  static final List<String> GROUPS = List.of("identity", "signature", "otp", "staff");

  @Inject private CurrentTenant tenant;
  @Inject private NotificationTexts texts;
  @Inject private Actors actors;

  private String kind;
  private List<NotificationView> catalogue = List.of();
  private NotificationView selected;
  private final Draft it = new Draft();
  private final Draft en = new Draft();
  private String mailFromName;
  private String smsSender;
  private boolean customSenders;
  private NotificationPreview preview;
  private String previewLang;
  private long previewVersion;

  /** A text being edited in one language. */
  public static final class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String subject;
    private String body;

    public String getSubject() {
      return subject;
    }

    public void setSubject(String subject) {
      this.subject = subject;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }

    TemplateText text() {
      return new TemplateText(subject, body);
    }

    void fill(NotificationView.LanguageText text) {
      subject = text.subject();
      body = text.body();
    }
  }

  /** View action: the catalogue, the senders and the notification named by {@code ?kind=}. */
  public void load() {
    FacesErrors.attempt(
        () -> {
          catalogue = texts.catalogue(tenant.id(), actors.actor());
          Senders senders = texts.senders(tenant.id(), actors.actor());
          mailFromName = senders.mailFromName();
          smsSender = senders.smsSender();
          customSenders = senders.custom();
          selected =
              Arrays.stream(NotificationKind.values())
                  .filter(k -> k.name().equals(kind))
                  .findFirst()
                  .flatMap(k -> catalogue.stream().filter(v -> v.kind() == k).findFirst())
                  .orElse(null);
          if (selected != null) {
            it.fill(selected.text("it"));
            en.fill(selected.text("en"));
          }
        });
  }

  public void preview(String lang) {
    preview = null;
    previewLang = null;
    FacesErrors.attempt(
        () -> {
          preview =
              texts.preview(tenant.id(), selected.kind(), lang, draft(lang).text(), actors.actor());
          previewLang = lang;
          previewVersion++;
          NotificationPreviewServlet.remember(request(), preview.html());
        });
  }

  public void save(String lang) {
    FacesErrors.attempt(
        () -> {
          selected =
              texts.save(tenant.id(), selected.kind(), lang, draft(lang).text(), actors.actor());
          draft(lang).fill(selected.text(lang));
          refreshCatalogue();
          FacesErrors.info(bundle().getString("notifications.saved." + lang));
        });
  }

  public void reset(String lang) {
    FacesErrors.attempt(
        () -> {
          boolean had = texts.reset(tenant.id(), selected.kind(), lang, actors.actor());
          selected = texts.find(tenant.id(), selected.kind(), actors.actor());
          draft(lang).fill(selected.text(lang));
          preview = null;
          refreshCatalogue();
          FacesErrors.info(
              bundle().getString(had ? "notifications.reset." + lang : "notifications.wasDefault"));
        });
  }

  public void saveSenders() {
    FacesErrors.attempt(
        () -> {
          Senders saved = texts.saveSenders(tenant.id(), mailFromName, smsSender, actors.actor());
          mailFromName = saved.mailFromName();
          smsSender = saved.smsSender();
          customSenders = saved.custom();
          FacesErrors.info(bundle().getString("notifications.senders.saved"));
        });
  }

  /** The catalogue's notifications of a group. */
  public List<NotificationView> group(String group) {
    return catalogue.stream().filter(v -> v.group().equals(group)).toList();
  }

  public List<String> getGroups() {
    return GROUPS;
  }

  /** Whether the tenant has its own text of the notification in any language. */
  public boolean own(NotificationView view) {
    return view.texts().stream().anyMatch(NotificationView.LanguageText::own);
  }

  public boolean isMail() {
    return selected != null && selected.channel() == Channel.MAIL;
  }

  private void refreshCatalogue() {
    catalogue = texts.catalogue(tenant.id(), actors.actor());
  }

  private Draft draft(String lang) {
    return "en".equals(lang) ? en : it;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "res");
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public NotificationView getSelected() {
    return selected;
  }

  public Draft getIt() {
    return it;
  }

  public Draft getEn() {
    return en;
  }

  public String getMailFromName() {
    return mailFromName;
  }

  public void setMailFromName(String mailFromName) {
    this.mailFromName = mailFromName;
  }

  public String getSmsSender() {
    return smsSender;
  }

  public void setSmsSender(String smsSender) {
    this.smsSender = smsSender;
  }

  public boolean isCustomSenders() {
    return customSenders;
  }

  public NotificationPreview getPreview() {
    return preview;
  }

  /** Changes with every preview, so the frame loads the new one. */
  public long getPreviewVersion() {
    return previewVersion;
  }

  public String getPreviewLang() {
    return previewLang;
  }
}
