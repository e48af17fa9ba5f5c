package io.sigillo.identity.api;

/** A scan of the identity document as uploaded (PNG, JPEG or PDF). */
public record DocumentScanUpload(String fileName, byte[] content) {

  @Override
  public String toString() {
    return "DocumentScanUpload[" + fileName + ", " + (content == null ? 0 : content.length) + "]";
  }
}
