package io.sigillo.identity.api;

/** A document scan opened by an operator of the tenant (the opening is audited). */
public record DocumentScan(long id, String fileName, String contentType, byte[] content) {

  @Override
  public String toString() {
    return "DocumentScan[" + id + ", " + fileName + "]";
  }
}
