package io.sigillo.core.media;

import java.util.Optional;

/** The image formats the portal accepts, recognised by their leading bytes. */
public enum ImageKind {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  SVG("image/svg+xml", "svg");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String mediaType;
  private final String extension;

  ImageKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<ImageKind> ofMediaType(String mediaType) {
    for (ImageKind kind : values()) {
      if (kind.mediaType.equals(mediaType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The raster format the bytes start with (PNG signature, JPEG SOI marker), if any. */
  public static Optional<ImageKind> sniffRaster(byte[] content) {
    if (startsWith(content, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (content.length > 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
