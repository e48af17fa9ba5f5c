package io.sigillo.selfcare.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
}
