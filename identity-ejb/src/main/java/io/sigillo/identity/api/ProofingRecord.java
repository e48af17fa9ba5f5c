package io.sigillo.identity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How an identity was proofed, as the tenant's operators see it; scans are listed, not opened. */
public record ProofingRecord(
    long id,
    String username,
    ProofingMethod method,
    DocumentType documentType,
    String documentNumber,
    String documentIssuer,
    LocalDate documentExpiry,
    String operator,
    Instant proofedAt,
    List<ScanInfo> scans) {

  public ProofingRecord {
    scans = List.copyOf(scans);
  }

  /** A stored scan: its name, kind and size, never its content. */
  public record ScanInfo(long id, String fileName, String contentType, int sizeBytes) {}
}
