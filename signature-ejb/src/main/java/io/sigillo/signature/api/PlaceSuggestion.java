package io.sigillo.signature.api;

import java.io.Serializable;

/**
 * A place the holder may have meant, offered so the form can fill municipality and province in one
 * click. Names are spelled as in the cadastral registry (upper case, accents as apostrophes).
 *
 * @param province the sigla, {@code EE} for a foreign state
 * @param cadastralCode the code this place has in a codice fiscale
 */
public record PlaceSuggestion(String name, String province, String cadastralCode)
    implements Serializable {

  /** {@code ROMA (RM)} for a municipality, just the name for a foreign state. */
  public String label() {
    return "EE".equals(province) ? name : name + " (" + province + ")";
  }
}
