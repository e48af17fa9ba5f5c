package io.sigillo.selfcare.view.activation;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.AccountActivations;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * {@code /activate.xhtml?token=…}: checks the link on opening (an unknown, expired or used link
 * shows its catalogued error and no form), then sets the password typed twice. The password never
 * stays in the view.
 */
@Named
@ViewScoped
public class ActivationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestContext portal;
  @Inject private AccountActivations activations;

  private String token;
  private String username;
  private String password;
  private String repeated;
  private boolean activated;

  /** View action: whether the link can still be used. */
  public void load() {
    if (username == null && !activated) {
      FacesErrors.attempt(() -> username = activations.check(portal.tenant(), token));
    }
  }

  public String activate() {
    FacesErrors.attempt(
        () -> {
          char[] chosen = password == null ? new char[0] : password.toCharArray();
          char[] again = repeated == null ? new char[0] : repeated.toCharArray();
          try {
            if (!Arrays.equals(chosen, again)) {
              throw new SigilloException(IdentityError.ACTIVATION_PASSWORDS_DIFFER);
            }
            activations.activate(portal.tenant(), token, chosen.clone());
            activated = true;
          } finally {
            Arrays.fill(chosen, '\0');
            Arrays.fill(again, '\0');
          }
        },
        () -> {
          password = null;
          repeated = null;
        });
    return null;
  }

  public boolean isUsable() {
    return username != null && !activated;
  }

  public boolean isActivated() {
    return activated;
  }

  public String getUsername() {
    return username;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
