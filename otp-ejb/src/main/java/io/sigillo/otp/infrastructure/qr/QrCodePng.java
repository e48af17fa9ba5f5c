package io.sigillo.otp.infrastructure.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Draws a key URI as a PNG QR code for the enrolment page.
 *
 * <p>Error correction M: a phone camera pointed at a screen needs some tolerance for glare, and a
 * higher level would make the modules of a 100-character URI too small on a phone-sized display.
 * The quiet zone is the 4 modules the QR specification asks for; scanners struggle without it
 * against a coloured page background. The URI is ASCII once percent-encoded, so no character-set
 * hint (an ECI segment some older scanners misread) is needed.
 */
public final class QrCodePng {

  public static final int DEFAULT_SIZE = 320;

  private QrCodePng() {}

  public static byte[] render(String content, int sizePixels) {
    if (sizePixels < 100 || sizePixels > 2000) {
      throw new IllegalArgumentException("QR size 100..2000 pixels");
    }
    if (!content.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("QR content must be percent-encoded ASCII");
    }
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  sizePixels,
                  sizePixels,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return png.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("content does not fit in a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
