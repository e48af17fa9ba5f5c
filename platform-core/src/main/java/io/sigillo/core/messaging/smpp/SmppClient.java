package io.sigillo.core.messaging.smpp;

import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SenderName;
import io.sigillo.core.messaging.SmsMessage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * One transmitter session to an SMSC, bound on first use and bound again whenever it was lost.
 * Thread-safe: binding is serialised, and jSMPP's session sends concurrent {@code submit_sm} PDUs
 * with their own sequence numbers. A submit that fails because the connection broke is retried once
 * on a fresh bind; a refusal by the SMSC ({@code submit_sm_resp} with an error status) is not.
 * Message texts, codes and the bind password never reach a log line or an exception.
 */
public final class SmppClient implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SmppClient.class.getName());

  private final SmppSettings settings;
  private final Object binding = new Object();
  private final AtomicInteger reference = new AtomicInteger(new SecureRandom().nextInt(256));
  private volatile SMPPSession session;

  public SmppClient(SmppSettings settings) {
    this.settings = settings;
  }

  /** Submits the message (in parts if it is long) and returns the SMSC's message id(s). */
  public String submit(SmsMessage message) {
    SmsEncoding encoding = SmsEncoding.of(message.text());
    SMPPSession current = bound();
    try {
      return submit(current, message, encoding);
    } catch (IOException broken) {
      LOG.log(Level.INFO, "SMPP connection lost, binding again: {0}", broken.toString());
      discard(current);
      try {
        return submit(bound(), message, encoding);
      } catch (IOException again) {
        discard(session);
        throw new MessagingException(
            "SMS to " + message.maskedRecipient() + " not submitted: connection lost", again);
      }
    }
  }

  private String submit(SMPPSession on, SmsMessage message, SmsEncoding encoding)
      throws IOException {
    String destination = message.to().substring(1);
    Source source = source(message);
    List<String> ids = new ArrayList<>();
    try {
      if (encoding.concatenated() && settings.payloadForLongTexts()) {
        ids.add(
            submitOne(
                on,
                source,
                destination,
                encoding.dataCoding(),
                new ESMClass(),
                new byte[0],
                new OptionalParameter.OctetString(
                    OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), encoding.payload())));
      } else {
        int ref = reference.getAndIncrement() & 0xFF;
        ESMClass esm =
            encoding.concatenated()
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        for (byte[] part : encoding.shortMessages(ref)) {
          ids.add(submitOne(on, source, destination, encoding.dataCoding(), esm, part));
        }
      }
    } catch (NegativeResponseException refused) {
      throw new MessagingException(
          "SMSC refused the SMS to "
              + message.maskedRecipient()
              + String.format(" (command_status 0x%08x)", refused.getCommandStatus()),
          refused);
    } catch (ResponseTimeoutException timeout) {
      if (!on.getSessionState().isBound()) {
        // the SMSC closed the connection before we noticed, so nothing was confirmed on it: this
        // is a lost connection (bind again and retry once), not a silent SMSC
        throw new IOException("SMPP connection closed while waiting for submit_sm_resp", timeout);
      }
      throw new MessagingException(
          "SMS to "
              + message.maskedRecipient()
              + " not confirmed by the SMSC: "
              + timeout.getClass(),
          timeout);
    } catch (InvalidResponseException | PDUException e) {
      throw new MessagingException(
          "SMS to " + message.maskedRecipient() + " not confirmed by the SMSC: " + e.getClass(), e);
    }
    String joined = String.join(",", ids);
    LOG.info(
        () ->
            "SMS to "
                + message.maskedRecipient()
                + " for tenant "
                + message.tenant()
                + " accepted by the SMSC in "
                + ids.size()
                + " part(s), id "
                + joined);
    return joined;
  }

  private String submitOne(
      SMPPSession on,
      Source source,
      String destination,
      byte dataCoding,
      ESMClass esm,
      byte[] shortMessage,
      OptionalParameter... optional)
      throws PDUException,
          ResponseTimeoutException,
          InvalidResponseException,
          NegativeResponseException,
          IOException {
    return on.submitShortMessage(
            settings.systemType(),
            TypeOfNumber.valueOf(source.ton()),
            NumberingPlanIndicator.valueOf(source.npi()),
            source.address(),
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            destination,
            esm,
            (byte) 0,
            (byte) 1,
            null,
            null,
            new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
            (byte) 0,
            DataCodings.newInstance(dataCoding),
            (byte) 0,
            shortMessage,
            optional)
        .getMessageId();
  }

  private record Source(String address, byte ton, byte npi) {}

  /** The tenant's name where the SMSC takes alphanumeric senders, else the configured source. */
  private Source source(SmsMessage message) {
    if (settings.tenantSender()) {
      var name = SenderName.alphanumeric(message.sender());
      if (name.isPresent()) {
        return new Source(name.get(), TypeOfNumber.ALPHANUMERIC.value(), (byte) 0);
      }
    }
    return new Source(settings.sourceAddress(), settings.sourceTon(), settings.sourceNpi());
  }

  private SMPPSession bound() {
    SMPPSession current = session;
    if (current != null && current.getSessionState().isBound()) {
      return current;
    }
    synchronized (binding) {
      current = session;
      if (current != null && current.getSessionState().isBound()) {
        return current;
      }
      discard(current);
      SMPPSession fresh = new SMPPSession();
      fresh.setTransactionTimer(settings.timeout().toMillis());
      fresh.setEnquireLinkTimer(Math.toIntExact(settings.enquireLink().toMillis()));
      try {
        fresh.connectAndBind(
            settings.host(),
            settings.port(),
            new BindParameter(
                BindType.BIND_TX,
                settings.systemId(),
                settings.password(),
                settings.systemType(),
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                null),
            settings.timeout().toMillis());
      } catch (IOException e) {
        fresh.close();
        throw new MessagingException(
            "SMPP bind as "
                + settings.systemId()
                + " to "
                + settings.host()
                + ":"
                + settings.port()
                + " failed",
            e);
      }
      LOG.info(() -> "SMPP transmitter bound: " + settings);
      session = fresh;
      return fresh;
    }
  }

  private void discard(SMPPSession broken) {
    if (broken == null) {
      return;
    }
    synchronized (binding) {
      if (session == broken) {
        session = null;
      }
    }
    broken.close();
  }

  /** Unbinds politely and closes the connection. */
  @Override
  public void close() {
    SMPPSession current;
    synchronized (binding) {
      current = session;
      session = null;
    }
    if (current != null && current.getSessionState().isBound()) {
      current.unbindAndClose();
    } else if (current != null) {
      current.close();
    }
  }
}
