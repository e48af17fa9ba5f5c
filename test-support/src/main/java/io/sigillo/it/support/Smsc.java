package io.sigillo.it.support;

import io.sigillo.core.messaging.smpp.SmsEncoding;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * The SMSC of the tests: jSMPP's server side on a loopback port, either the fixed one Payara
 * Micro's SMPP adapter is configured with ({@link #fromEnvironment}) or a free one for a unit test
 * of the adapter itself ({@link #onFreePort}). It accepts binds with the expected system id and
 * password, keeps every bind it was asked for, answers each {@code submit_sm} with a numbered
 * message id (or refuses it when told to), and hands the test the SMS it received, decoded and as
 * the PDU that carried it. In-container tests add it (and {@link Sms}) to their deployment;
 * black-box tests run it in the test JVM.
 */
public final class Smsc implements AutoCloseable {

  /** An SMS as the SMSC received it. */
  public record Sms(
      String destination,
      String source,
      byte dataCoding,
      String text,
      String messageId,
      SubmitSm pdu) {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    public String code() {
      Matcher matcher = CODE.matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no six-digit code in the SMS");
      }
      return matcher.group(1);
    }
  }

  /** A bind request as the SMSC received it, accepted or not. */
  public record Bind(BindType type, String systemId, String password, String systemType) {}

  private final SMPPServerSessionListener listener;
  private final String systemId;
  private final String password;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean refuse = new AtomicBoolean();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Sms> received = new LinkedBlockingQueue<>();
  private final List<Bind> binds = new CopyOnWriteArrayList<>();

  public Smsc(int port, String systemId, String password) throws IOException {
    this.systemId = systemId;
    this.password = password;
    listener = listen(port);
    listener.setMessageReceiverListener(new Receiver());
    Thread acceptor = new Thread(this::acceptLoop, "it-smsc");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** On a port no one else uses, for a test that configures its SMPP client itself. */
  public static Smsc onFreePort(String systemId, String password) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    return new Smsc(port, systemId, password);
  }

  public int port() {
    return listener.getPort();
  }

  /** Every bind request so far, in order, accepted or refused. */
  public List<Bind> binds() {
    return List.copyOf(binds);
  }

  /** Drops every client connection, as an SMSC restart would. */
  public void dropConnections() {
    for (SMPPServerSession session : sessions) {
      session.close();
    }
    sessions.clear();
  }

  public void refuseSubmits(boolean refusing) {
    refuse.set(refusing);
  }

  public Sms next() throws InterruptedException {
    Sms sms = received.poll(15, TimeUnit.SECONDS);
    if (sms == null) {
      throw new AssertionError("no submit_sm reached the SMSC within 15 s");
    }
    return sms;
  }

  /** Starts from the configuration failsafe gives Payara Micro (micro/pom.xml). */
  public static Smsc fromEnvironment() throws IOException {
    return new Smsc(
        Integer.parseInt(System.getenv("SIGILLO_SMS_SMPP_PORT")),
        System.getenv("SIGILLO_SMS_SMPP_SYSTEM_ID"),
        System.getenv("SIGILLO_SMS_SMPP_PASSWORD"));
  }

  public boolean nothingReceived() {
    return received.isEmpty();
  }

  private void acceptLoop() {
    while (running.get()) {
      try {
        SMPPServerSession session = listener.accept();
        sessions.add(session);
        BindRequest bind = session.waitForBind(5_000);
        binds.add(
            new Bind(
                bind.getBindType(), bind.getSystemId(), bind.getPassword(), bind.getSystemType()));
        if (systemId.equals(bind.getSystemId()) && password.equals(bind.getPassword())) {
          bind.accept("it-smsc");
        } else {
          bind.reject(SMPPConstant.STAT_ESME_RINVPASWD);
        }
      } catch (Exception e) {
        if (!running.get()) {
          return;
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    running.set(false);
    try {
      for (SMPPServerSession session : sessions) {
        session.unbindAndClose();
      }
    } finally {
      listener.close();
    }
  }

  /**
   * The SMSC port is the same for every test class (Payara Micro is configured with it once), so
   * the previous test's listener may still be letting go of it: wait a little instead of failing.
   */
  private static SMPPServerSessionListener listen(int port) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      try {
        return new SMPPServerSessionListener(port);
      } catch (java.net.BindException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private final class Receiver implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      if (refuse.get()) {
        throw new ProcessRequestException("refused", SMPPConstant.STAT_ESME_RSUBMITFAIL);
      }
      String id = "it-" + ids.incrementAndGet();
      received.add(
          new Sms(
              pdu.getDestAddress(),
              pdu.getSourceAddr(),
              pdu.getDataCoding(),
              SmsEncoding.decode(pdu.getDataCoding(), pdu.getShortMessage(), pdu.isUdhi()),
              id,
              pdu));
      try {
        return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
      } catch (PDUStringException e) {
        throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR, e);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm pdu, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm pdu, SMPPServerSession source) throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm pdu, Session source) throws ProcessRequestException {
      throw unsupported();
    }

    private ProcessRequestException unsupported() {
      return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
