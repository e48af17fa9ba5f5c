package io.sigillo.it.support;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** PNG files written chunk by chunk, for the sizes no image library would let a test allocate. */
public final class Pngs {

  private Pngs() {}

  /**
   * An 8-bit grey PNG of black pixels, deflated row by row from one reused buffer so that the test
   * never holds the raster: a decompression bomb of about 400 KB for 20000x20000 (400 MB decoded).
   */
  public static byte[] black(int width, int height) {
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
