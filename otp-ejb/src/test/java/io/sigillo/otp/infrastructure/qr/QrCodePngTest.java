package io.sigillo.otp.infrastructure.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.sigillo.otp.domain.Enrolment;
import io.sigillo.otp.domain.OtpParameters;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodePngTest {

  @Test
  void thePngDecodesBackToTheExactKeyUri() throws Exception {
    String uri =
        Enrolment.totp(
                new SecureRandom(), "Società Fiduciaria", "mario.rossi", OtpParameters.defaults())
            .keyUri()
            .value();

    byte[] png = QrCodePng.render(uri, QrCodePng.DEFAULT_SIZE);

    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(QrCodePng.DEFAULT_SIZE);
    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(decoded).isEqualTo(uri);
  }
}
