package io.sigillo.signature.api;

import io.sigillo.core.error.SigilloException;
import java.util.List;

/**
 * Holder data that disagree with the codice fiscale. The catalogue text only says how many fields
 * to correct; the findings say which, so the page can mark each field.
 */
public class HolderDataInconsistentException extends SigilloException {

  private static final long serialVersionUID = 1L;

  private final List<HolderDataFinding> findings;

  public HolderDataInconsistentException(List<HolderDataFinding> findings) {
    super(
        SignatureError.HOLDER_DATA_INCONSISTENT,
        findings.stream().map(HolderDataFinding::field).distinct().count());
    this.findings = List.copyOf(findings);
  }

  public List<HolderDataFinding> findings() {
    return findings;
  }
}
