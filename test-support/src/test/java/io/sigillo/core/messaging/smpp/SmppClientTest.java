package io.sigillo.core.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.it.support.Smsc;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMPP adapter against jSMPP's server side on a loopback port: real bind and {@code submit_sm}
 * PDUs, read back and decoded as an SMSC would. It lives here, not in platform-core, because the
 * SMSC it talks to is the tests' shared one ({@link Smsc}), and this module already depends on
 * platform-core: platform-core's own tests cannot depend back on it.
 */
class SmppClientTest {

  private static final TenantId ALPHA = TenantId.of("alpha");
  private static final String PASSWORD = "s3cr3t";
  private static final String MOBILE = "+393331234567";

  private Smsc smsc;
  private SmppClient client;

  @BeforeEach
  void start() throws Exception {
    smsc = Smsc.onFreePort("sigillo-test", PASSWORD);
    client = new SmppClient(settings(PASSWORD, false, true));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    smsc.close();
  }

  private SmppSettings settings(String password, boolean payload, boolean tenantSender) {
    return new SmppSettings(
        "127.0.0.1",
        smsc.port(),
        "sigillo-test",
        password,
        "OTP",
        "393400000000",
        (byte) 1,
        (byte) 1,
        tenantSender,
        payload,
        Duration.ofSeconds(5),
        Duration.ofSeconds(30));
  }

  private static SmsMessage sms(String text) {
    return new SmsMessage(ALPHA, "Alpha Fiduciaria", MOBILE, text);
  }

  private static String text(SubmitSm pdu) {
    return SmsEncoding.decode(pdu.getDataCoding(), pdu.getShortMessage(), pdu.isUdhi());
  }

  private SubmitSm nextPdu() throws InterruptedException {
    return smsc.next().pdu();
  }

  @Test
  void aShortLatinTextIsOneGsm7SubmitToTheInternationalNumberFromTheTenantsName() throws Exception {
    String text = "Alpha Fiduciaria: il tuo codice è 123456. Scade tra 5 minuti.";

    String id = client.submit(sms(text));

    SubmitSm pdu = nextPdu();
    assertThat(id).isEqualTo("it-1");
    assertThat(smsc.binds())
        .containsExactly(new Smsc.Bind(BindType.BIND_TX, "sigillo-test", PASSWORD, "OTP"));
    assertThat(pdu.getDestAddress()).isEqualTo("393331234567");
    assertThat(pdu.getDestAddrTon()).isEqualTo((byte) 1);
    assertThat(pdu.getDestAddrNpi()).isEqualTo((byte) 1);
    assertThat(pdu.getSourceAddr()).isEqualTo("Alpha Fiduc");
    assertThat(pdu.getSourceAddrTon()).isEqualTo((byte) 5);
    assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x00);
    assertThat(pdu.isUdhi()).isFalse();
    assertThat(pdu.getShortMessage()).hasSize(text.length());
    assertThat(text(pdu)).isEqualTo(text);
  }

  @Test
  void withoutAlphanumericSendersTheConfiguredSourceAddressIsUsed() throws Exception {
    client.close();
    client = new SmppClient(settings(PASSWORD, false, false));

    client.submit(sms("Codice 123456"));

    SubmitSm pdu = nextPdu();
    assertThat(pdu.getSourceAddr()).isEqualTo("393400000000");
    assertThat(pdu.getSourceAddrTon()).isEqualTo((byte) 1);
    assertThat(pdu.getSourceAddrNpi()).isEqualTo((byte) 1);
  }

  @Test
  void gsmExtensionCharactersTravelAsEscapeSequences() throws Exception {
    String text = "Costo 5€ [promo] {ok}";

    client.submit(sms(text));

    SubmitSm pdu = nextPdu();
    assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x00);
    assertThat(pdu.getShortMessage()).hasSize(text.length() + 5);
    assertThat(text(pdu)).isEqualTo(text);
  }

  @Test
  void aTextOutsideTheGsmAlphabetGoesAsUcs2() throws Exception {
    String text = "Код 123456 — ✓";

    client.submit(sms(text));

    SubmitSm pdu = nextPdu();
    assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x08);
    assertThat(new String(pdu.getShortMessage(), StandardCharsets.UTF_16BE)).isEqualTo(text);
  }

  @Test
  void aLongGsmTextIsSentInConcatenatedPartsWithOneReference() throws Exception {
    String text = "0123456789".repeat(40);

    String ids = client.submit(sms(text));

    List<SubmitSm> parts = List.of(nextPdu(), nextPdu(), nextPdu());
    assertThat(smsc.nothingReceived()).isTrue();
    assertThat(ids).isEqualTo("it-1,it-2,it-3");
    StringBuilder reassembled = new StringBuilder();
    Set<Byte> references = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      SubmitSm part = parts.get(i);
      byte[] udh = Arrays.copyOf(part.getShortMessage(), 6);
      assertThat(part.isUdhi()).as("UDHI in esm_class").isTrue();
      assertThat(part.getDataCoding()).isEqualTo((byte) 0x00);
      assertThat(udh[0]).isEqualTo((byte) 5);
      assertThat(udh[1]).as("IEI concatenation, 8-bit reference").isEqualTo((byte) 0);
      assertThat(udh[2]).isEqualTo((byte) 3);
      assertThat(udh[4]).as("part count").isEqualTo((byte) 3);
      assertThat(udh[5]).as("part number").isEqualTo((byte) (i + 1));
      assertThat(part.getShortMessage().length - 6).isLessThanOrEqualTo(153);
      references.add(udh[3]);
      reassembled.append(text(part));
    }
    assertThat(references).hasSize(1);
    assertThat(reassembled.toString()).isEqualTo(text);
  }

  @Test
  void aLongUcs2TextIsCutInto67CharacterPartsWithoutSplittingASurrogatePair() throws Exception {
    String text = "Ж".repeat(66) + "😀" + "Ж".repeat(60);

    client.submit(sms(text));

    SubmitSm first = nextPdu();
    SubmitSm second = nextPdu();
    assertThat(first.getDataCoding()).isEqualTo((byte) 0x08);
    assertThat(text(first)).isEqualTo("Ж".repeat(66));
    assertThat(text(second)).startsWith("😀");
    assertThat(text(first) + text(second)).isEqualTo(text);
  }

  @Test
  void withPayloadModeALongTextIsOneSubmitCarryingMessagePayload() throws Exception {
    client.close();
    client = new SmppClient(settings(PASSWORD, true, true));
    String text = "Codice di verifica 123456. ".repeat(12);

    client.submit(sms(text));

    SubmitSm pdu = nextPdu();
    OptionalParameter.OctetString payload =
        (OptionalParameter.OctetString)
            pdu.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
    assertThat(pdu.getShortMessage()).isEmpty();
    assertThat(pdu.isUdhi()).isFalse();
    assertThat(SmsEncoding.decode(pdu.getDataCoding(), payload.getValue(), false)).isEqualTo(text);
  }

  @Test
  void aRefusedSubmitIsAMessagingExceptionThatNamesNeitherTheTextNorTheFullNumber() {
    smsc.refuseSubmits(true);

    assertThatThrownBy(() -> client.submit(sms("Il tuo codice è 987654")))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("refused")
        .hasMessageContaining("0x00000045")
        .hasMessageNotContaining("987654")
        .hasMessageNotContaining("3331234567");
  }

  @Test
  void aRefusedBindDoesNotRevealThePassword() throws Exception {
    client.close();
    client = new SmppClient(settings("wrongpw", false, true));

    assertThatThrownBy(() -> client.submit(sms("Codice 111111")))
        .isInstanceOf(MessagingException.class)
        .hasMessageContaining("bind")
        .hasMessageNotContaining("wrongpw");
    assertThat(settings("wrongpw", false, true).toString()).doesNotContain("wrongpw");
  }

  @Test
  void aDroppedConnectionIsBoundAgainOnTheNextMessage() throws Exception {
    client.submit(sms("Primo codice 111111"));
    nextPdu();

    smsc.dropConnections();
    String id = client.submit(sms("Secondo codice 222222"));

    assertThat(text(nextPdu())).isEqualTo("Secondo codice 222222");
    assertThat(id).isEqualTo("it-2");
    assertThat(smsc.binds()).hasSize(2);
  }

  @Test
  void concurrentMessagesShareOneBoundSession() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> sends = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String text = "Codice " + (100000 + i);
        sends.add(() -> client.submit(sms(text)));
      }
      Set<String> ids = new HashSet<>();
      for (Future<String> id : pool.invokeAll(sends)) {
        ids.add(id.get());
      }

      Set<String> texts = new HashSet<>();
      for (int i = 0; i < 16; i++) {
        texts.add(text(nextPdu()));
      }
      assertThat(ids).hasSize(16);
      assertThat(texts).hasSize(16).contains("Codice 100000", "Codice 100015");
      assertThat(smsc.binds()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
