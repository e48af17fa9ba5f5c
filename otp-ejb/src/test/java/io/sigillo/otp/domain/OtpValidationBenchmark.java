package io.sigillo.otp.domain;

import io.sigillo.otp.api.Purpose;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost per candidate code of the validation paths, against one raw HMAC-SHA1 on a reused {@link
 * Mac} measured in the same run. Every score is in nanoseconds per candidate ({@code
 * OperationsPerInvocation} is the number of candidates a call computes), so each ratio to {@code
 * rawHmacSha1} reads directly against the goal of at most 1.2. Whole-call costs, including the HMAC
 * key set-up once per validation, are included in the per-candidate figure.
 *
 * <p>Not a test; run it with:
 *
 * <pre>
 * mvn -q -pl otp-ejb test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main OtpValidationBenchmark -f 2 -wi 5 -i 5"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OtpValidationBenchmark {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:10Z");

  private final OtpParameters parameters = OtpParameters.defaults();
  private final OtpSecret secret = TestSecrets.FIXED;
  private final byte[] message = new byte[8];
  private final byte[] hash = new byte[20];
  private Mac raw;
  private long counter;
  private TotpVerifier totp;
  private PresentedCode totpCode;
  private HotpVerifier hotp;
  private PresentedCode hotpCode;
  private ResyncSearch resync1000;
  private ResyncSearch resync10000;
  private List<PresentedCode> absentCodes;

  @Setup
  public void setUp() throws NoSuchAlgorithmException, InvalidKeyException {
    raw = Mac.getInstance("HmacSHA1");
    raw.init(new SecretKeySpec(secret.bytes(), "HmacSHA1"));
    OtpGenerator device = new OtpGenerator(secret, parameters);
    totp = new TotpVerifier(parameters, OtpPolicy.defaults().totpRules(Purpose.LOGIN));
    totpCode = PresentedCode.parse(device.totp(NOW), 6);
    hotp = new HotpVerifier(parameters, 10);
    hotpCode = PresentedCode.parse(device.hotp(100), 6);
    resync1000 = new ResyncSearch(parameters, new ResyncPolicy(1_000, 120, 100_000));
    resync10000 = new ResyncSearch(parameters, new ResyncPolicy(10_000, 120, 100_000));
    absentCodes =
        List.of(
            PresentedCode.parse(device.hotp(5_000_000), 6),
            PresentedCode.parse(device.hotp(5_000_001), 6));
  }

  @Benchmark
  public byte rawHmacSha1() throws ShortBufferException {
    long value = counter++;
    for (int i = 7; i >= 0; i--) {
      message[i] = (byte) value;
      value >>>= 8;
    }
    raw.update(message, 0, 8);
    raw.doFinal(hash, 0);
    return hash[19];
  }

  /** A valid code at the current step with a ±1 window: three candidates. */
  @Benchmark
  @OperationsPerInvocation(3)
  public Verification totpWindowOfOneStep() {
    return totp.verify(secret, TotpState.enrolled(), totpCode, NOW);
  }

  /** A valid code at the expected counter with a look-ahead of 10: eleven candidates. */
  @Benchmark
  @OperationsPerInvocation(11)
  public Verification hotpLookAheadOfTen() {
    return hotp.verify(secret, HotpState.expecting(100), hotpCode);
  }

  /** Codes that are not in the window: the whole 1,000 positions are scanned. */
  @Benchmark
  @OperationsPerInvocation(1_000)
  public Resync resyncScanOf1000() {
    return resync1000.hotp(secret, HotpState.expecting(0), absentCodes);
  }

  @Benchmark
  @OperationsPerInvocation(10_000)
  public Resync resyncScanOf10000() {
    return resync10000.hotp(secret, HotpState.expecting(0), absentCodes);
  }
}
