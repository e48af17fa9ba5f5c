package io.sigillo.selfcare.view.guide;

import io.sigillo.selfcare.guide.FeedbackSummary;
import io.sigillo.selfcare.guide.GuideView;
import io.sigillo.selfcare.guide.HelpCentre;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The help centre's list of guides in the page's language; for operators, with feedback. */
@Named
@RequestScoped
public class GuideListBacking {

  @Inject private CurrentTenant tenant;
  @Inject private HelpCentre help;
  @Inject private LanguageSelection language;

  private List<GuideView> guides;

  public List<GuideView> getGuides() {
    if (guides == null) {
      guides = help.list(tenant.id(), language.isEnglish() ? "en" : "it");
    }
    return guides;
  }

  public FeedbackSummary feedback(String slug) {
    return help.feedback(tenant.id(), slug);
  }
}
