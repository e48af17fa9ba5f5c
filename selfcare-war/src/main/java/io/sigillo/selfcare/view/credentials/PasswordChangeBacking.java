package io.sigillo.selfcare.view.credentials;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.tenancy.api.PasswordChanges;
import io.sigillo.tenancy.api.TenancyError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * Change of the SPID password: the current one, the new one twice. The level-2 check is the EJB's
 * ({@link PasswordChanges}); the page only compares the two copies of the new password. Typed
 * passwords are never rendered back.
 */
@Named
@RequestScoped
public class PasswordChangeBacking {

  @Inject private PasswordChanges passwords;
  @Inject private RequestContext portal;

  private String current;
  private String chosen;
  private String confirmation;
  private boolean changed;

  public String change() {
    char[] typedCurrent = chars(current);
    char[] typedChosen = chars(chosen);
    boolean same = chosen != null && chosen.equals(confirmation);
    current = null;
    chosen = null;
    confirmation = null;
    FacesErrors.attempt(
        () -> {
          if (!same) {
            Arrays.fill(typedCurrent, '\0');
            Arrays.fill(typedChosen, '\0');
            throw new SigilloException(TenancyError.PASSWORD_CONFIRMATION_DIFFERENT);
          }
          passwords.change(
              portal.tenant(), portal.username(), typedCurrent, typedChosen, portal.actor());
          changed = true;
          FacesErrors.info(Pages.text("idm", "password.changed"));
        });
    return null;
  }

  private static char[] chars(String typed) {
    return typed == null ? new char[0] : typed.toCharArray();
  }

  public boolean isChanged() {
    return changed;
  }

  public int getMinLength() {
    return PasswordChanges.MIN_LENGTH;
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return null;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirmation() {
    return null;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
