package io.sigillo.core.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an uploaded PNG or JPEG and encodes the pixels again. The new file holds only pixels:
 * EXIF (camera, GPS position), text chunks and anything appended after the image end are gone, and
 * a file that only looks like an image at its start fails to decode.
 *
 * <p>The dimensions are read from the header first and an image over {@link #MAX_PIXELS} is refused
 * before a single pixel is decoded: a PNG of 20000x20000 mostly-empty pixels compresses to about a
 * megabyte, and decoding it would cost seconds of CPU and over a gigabyte of heap.
 */
public final class RasterImages {

  /** Larger images are refused before decoding: 40 megapixels is four 4K screens. */
  static final long MAX_PIXELS = 40_000_000L;

  private RasterImages() {}

  /** What {@link #reencode} found: an image, or why there is none. */
  public sealed interface Outcome permits Reencoded, NotAnImage, TooManyPixels {}

  /** The content is not a PNG or JPEG that decodes. */
  public record NotAnImage() implements Outcome {}

  /** The header declares more pixels than {@link #MAX_PIXELS}; nothing was decoded. */
  public record TooManyPixels(int width, int height, long maxPixels) implements Outcome {}

  /** An image rewritten from its pixels. */
  public record Reencoded(ImageKind kind, byte[] content, int width, int height)
      implements Outcome {}

  /** The image re-encoded in its own format, or empty when it is not a PNG or JPEG or too large. */
  public static Optional<Reencoded> reencode(byte[] content) {
    return check(content) instanceof Reencoded reencoded
        ? Optional.of(reencoded)
        : Optional.empty();
  }

  /** Reads the header, refuses an image with too many pixels, then decodes and re-encodes it. */
  public static Outcome check(byte[] content) {
    Optional<ImageKind> kind = ImageKind.sniffRaster(content);
    if (kind.isEmpty()) {
      return new NotAnImage();
    }
    BufferedImage image;
    // cached in memory: the content is already there, and ImageIO's default would copy it to a
    // temporary file
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return new NotAnImage();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        // width and height come from the header (PNG IHDR, JPEG SOF): no pixel is decoded yet
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
          return new NotAnImage();
        }
        if ((long) width * height > MAX_PIXELS) {
          return new TooManyPixels(width, height, MAX_PIXELS);
        }
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return new NotAnImage();
    }
    if (image == null || image.getWidth() < 1) {
      return new NotAnImage();
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
        return new NotAnImage();
      }
    } catch (IOException e) {
      return new NotAnImage();
    }
    return new Reencoded(kind.get(), out.toByteArray(), image.getWidth(), image.getHeight());
  }
}
