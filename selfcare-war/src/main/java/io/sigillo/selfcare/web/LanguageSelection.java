package io.sigillo.selfcare.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the current page, for {@code <f:view locale>} and the language switch. */
@Named("language")
@RequestScoped
public class LanguageSelection {

  @Inject private HttpServletRequest request;

  public Locale getLocale() {
    return Languages.of(request);
  }

  public boolean isEnglish() {
    return Languages.ENGLISH.equals(getLocale());
  }

  /** Where the switch should bring the user back: this page. */
  public String getCurrentPath() {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty() ? "/" : path;
  }
}
