package io.sigillo.selfcare.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Puts {@link StaleViewExceptionHandler} in front of the implementation's handler (registered in
 * faces-config.xml), so a form posted with a view state the server no longer holds gets the
 * catalogued "session expired" page instead of a logged stack trace and a 500.
 */
public class StaleViewExceptionHandlerFactory extends ExceptionHandlerFactory {

  public StaleViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new StaleViewExceptionHandler(getWrapped().getExceptionHandler());
  }
}
