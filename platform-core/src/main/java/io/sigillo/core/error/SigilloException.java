package io.sigillo.core.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A catalogued failure. Crosses EJB boundaries unwrapped and rolls the transaction back; the web
 * tier renders it with the catalogue text and a correlation id.
 */
@ApplicationException(rollback = true)
public class SigilloException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final List<String> arguments;

  public SigilloException(ErrorCode code, Object... arguments) {
    super(code.code() + " " + code.name());
    this.code = code;
    this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
  }

  public ErrorCode code() {
    return code;
  }

  /** Values substituted into the catalogue message ({0}, {1}, …); never secrets. */
  public List<String> arguments() {
    return arguments;
  }
}
