package io.sigillo.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RasterImagesTest {

  private static byte[] encode(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x0b5394);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  @Test
  void aPngComesBackAsAPngWithTheSamePixelsAndNothingAppended() throws IOException {
    byte[] original = encode("png", 30, 20);
    byte[] withTrailer = new byte[original.length + 12];
    System.arraycopy(original, 0, withTrailer, 0, original.length);
    System.arraycopy(
        "GPS-45.46N-9".getBytes(StandardCharsets.UTF_8), 0, withTrailer, original.length, 12);

    RasterImages.Reencoded reencoded = RasterImages.reencode(withTrailer).orElseThrow();

    assertThat(reencoded.kind()).isEqualTo(ImageKind.PNG);
    assertThat(reencoded.width()).isEqualTo(30);
    assertThat(new String(reencoded.content(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(reencoded.content()));
    assertThat(back.getRGB(1, 1) & 0xffffff).isEqualTo(0x0b5394);
  }

  @Test
  void aJpegStaysAJpeg() throws IOException {
    assertThat(RasterImages.reencode(encode("jpeg", 16, 16)).orElseThrow().kind())
        .isEqualTo(ImageKind.JPEG);
  }

  @Test
  void aFileThatOnlyStartsLikeAnImageOrIsNoImageIsRefused() throws IOException {
    byte[] truncated = new byte[40];
    System.arraycopy(encode("png", 30, 20), 0, truncated, 0, 40);
    assertThat(RasterImages.reencode(truncated)).isEmpty();
    assertThat(RasterImages.reencode("%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(RasterImages.reencode(new byte[0])).isEmpty();
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
    byte[] bomb = grayPng(20_000, 20_000);
    long started = System.nanoTime();

    RasterImages.Outcome outcome = RasterImages.check(bomb);

    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(outcome).isEqualTo(new RasterImages.TooManyPixels(20_000, 20_000, 40_000_000L));
    // decoding it would allocate 400 MB and take seconds; the header alone takes milliseconds
    assertThat(millis).isLessThan(1_000);
    assertThat(RasterImages.reencode(bomb)).isEmpty();
  }

  /**
   * An 8-bit grey PNG of black pixels, deflated row by row from one reused buffer so that the test
   * never holds the raster: about 400 KB for 20000x20000.
   */
  static byte[] grayPng(int width, int height) throws IOException {
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] row = new byte[width + 1];
    byte[] buffer = new byte[64 * 1024];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        idat.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream ihdr = new DataOutputStream(header);
    ihdr.writeInt(width);
    ihdr.writeInt(height);
    ihdr.write(new byte[] {8, 0, 0, 0, 0});
    chunk(png, "IHDR", header.toByteArray());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    out.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
