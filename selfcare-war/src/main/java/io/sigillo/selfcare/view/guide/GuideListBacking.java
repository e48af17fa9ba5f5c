package io.sigillo.selfcare.view.guide;

import io.sigillo.reseller.guide.api.FeedbackSummary;
import io.sigillo.reseller.guide.api.GuideView;
import io.sigillo.reseller.guide.api.HelpCentre;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The help centre's list of guides in the page's language; for operators, with feedback. */
@Named
@RequestScoped
public class GuideListBacking {

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private LanguageSelection language;

  private List<GuideView> guides;
  private final Map<String, FeedbackSummary> feedback = new HashMap<>();

  public List<GuideView> getGuides() {
    if (guides == null) {
      guides = help.list(tenant.id(), language.isEnglish() ? "en" : "it");
    }
    return guides;
  }

  /** A guide's feedback, read once per request however many cells of its row show it. */
  public FeedbackSummary feedback(String slug) {
    return feedback.computeIfAbsent(slug, s -> help.feedback(tenant.id(), s));
  }
}
