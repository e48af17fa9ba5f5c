package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.List;

/** The outcome of checking holder data: consistent when there are no findings. */
public record HolderDataCheckResult(List<HolderDataFinding> findings) implements Serializable {

  public HolderDataCheckResult {
    findings = List.copyOf(findings);
  }

  public boolean consistent() {
    return findings.isEmpty();
  }

  public List<HolderDataFinding> findingsFor(HolderField field) {
    return findings.stream().filter(f -> f.field() == field).toList();
  }
}
