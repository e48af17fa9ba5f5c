package io.sigillo.selfcare.view.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit events as the operator console words them, in the page's language: a label per action
 * ({@code operator.event.<action>}), and for an action without one (a module's newer event) the
 * label of its area with the action in brackets, so a new event still reads as a sentence and can
 * still be searched for; the outcome, where the event's detail starts with one (the registry writes
 * {@code SIGN REJECTED}, a claim {@code REFUSED, serial …}), in words. The trail itself keeps the
 * stable action names and details that support and the ITs search.
 */
@Named("auditWords")
@ApplicationScoped
public class AuditWords {

  /** The leading words in capitals of a detail: a purpose, a status, a reason. */
  private static final Pattern LEADING_WORDS = Pattern.compile("^[A-Z_]+(?:[ ,:]+[A-Z_]+)*");

  private static final Pattern WORD = Pattern.compile("[A-Z_]+");

  public String action(String action) {
    ResourceBundle words = bundle();
    String name = action == null ? "" : action;
    String key = "operator.event." + name;
    if (words.containsKey(key)) {
      return words.getString(key);
    }
    int dot = name.indexOf('.');
    String area = "operator.event.area." + (dot < 0 ? name : name.substring(0, dot));
    return format(words, words.containsKey(area) ? area : "operator.event.other", name);
  }

  /** The outcome in words, or empty when the detail names none. */
  public String outcome(String detail) {
    return outcomeKey(detail)
        .map(key -> format(bundle(), "operator.outcome", bundle().getString(key)))
        .orElse("");
  }

  private Optional<String> outcomeKey(String detail) {
    if (detail == null) {
      return Optional.empty();
    }
    Matcher leading = LEADING_WORDS.matcher(detail.strip());
    if (!leading.find()) {
      return Optional.empty();
    }
    ResourceBundle words = bundle();
    Matcher word = WORD.matcher(leading.group());
    while (word.find()) {
      String key = "operator.outcome." + word.group();
      if (words.containsKey(key)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  private static String format(ResourceBundle words, String key, String value) {
    return new MessageFormat(words.getString(key), words.getLocale()).format(new Object[] {value});
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "res");
  }
}
