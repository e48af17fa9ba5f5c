package io.sigillo.selfcare.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Decodes an uploaded PNG or JPEG and encodes the pixels again. The new file holds only pixels:
 * EXIF (camera, GPS position), text chunks and anything appended after the image end are gone, and
 * a file that only looks like an image at its start fails to decode.
 */
public final class RasterImages {

  /** Larger images are refused before decoding: 40 megapixels is four 4K screens. */
  static final long MAX_PIXELS = 40_000_000L;

  private RasterImages() {}

  /** The image re-encoded in its own format, or empty when the content is not a PNG or JPEG. */
  public static Optional<Reencoded> reencode(byte[] content) {
    Optional<ImageKind> kind = ImageKind.sniffRaster(content);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (image == null
        || image.getWidth() < 1
        || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
      return Optional.empty();
    }
    BufferedImage pixels = image;
    if (kind.get() == ImageKind.JPEG && image.getColorModel().hasAlpha()) {
      // the JPEG writer cannot encode an alpha channel
      pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      pixels.getGraphics().drawImage(image, 0, 0, null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
    try {
      if (!ImageIO.write(pixels, kind.get().extension().equals("jpg") ? "jpeg" : "png", out)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Reencoded(kind.get(), out.toByteArray(), image.getWidth(), image.getHeight()));
  }

  /** An image rewritten from its pixels. */
  public record Reencoded(ImageKind kind, byte[] content, int width, int height) {}
}
