package io.sigillo.selfcare.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;

/** What a page action does to the browser beyond its own view: a redirect, a bundle's text. */
public final class Pages {

  private Pages() {}

  /** Sends the browser to a page of this portal (a path starting with one slash). */
  public static void redirect(String path) {
    String safe = path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    try {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + safe);
      faces.responseComplete();
    } catch (IOException e) {
      throw new IllegalStateException("redirect failed", e);
    }
  }

  /**
   * A text of a resource bundle of the pages (by its Faces variable name) in the view's language.
   */
  public static String text(String bundle, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, bundle).getString(key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }
}
