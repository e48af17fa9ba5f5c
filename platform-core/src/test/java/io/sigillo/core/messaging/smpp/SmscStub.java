package io.sigillo.core.messaging.smpp;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * An SMSC for tests: jSMPP's server side on a loopback port. It accepts transmitter binds with the
 * expected password, answers each {@code submit_sm} with a numbered message id (or refuses it when
 * told to), and keeps the PDUs it received for the test to read.
 */
final class SmscStub implements AutoCloseable {

  record Bind(BindType type, String systemId, String password, String systemType) {}

  private final SMPPServerSessionListener listener;
  private final String password;
  private final Thread acceptor;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean refuse = new AtomicBoolean();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
  final List<Bind> binds = new CopyOnWriteArrayList<>();
  final BlockingQueue<SubmitSm> received = new LinkedBlockingQueue<>();

  SmscStub(String password) throws IOException {
    this.password = password;
    listener = new SMPPServerSessionListener(freePort());
    listener.setMessageReceiverListener(new Receiver());
    acceptor = new Thread(this::acceptLoop, "smsc-stub");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getPort();
  }

  void refuseSubmits() {
    refuse.set(true);
  }

  SubmitSm next() throws InterruptedException {
    SubmitSm pdu = received.poll(10, TimeUnit.SECONDS);
    if (pdu == null) {
      throw new AssertionError("no submit_sm reached the SMSC within 10 s");
    }
    return pdu;
  }

  /** Drops every client connection, as an SMSC restart would. */
  void dropConnections() {
    for (SMPPServerSession session : sessions) {
      session.close();
    }
    sessions.clear();
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
        if (password.equals(bind.getPassword())) {
          bind.accept("stub-smsc");
        } else {
          bind.reject(SMPPConstant.STAT_ESME_RINVPASWD);
        }
      } catch (Exception e) {
        if (running.get()) {
          continue;
        }
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    running.set(false);
    for (SMPPServerSession session : sessions) {
      session.unbindAndClose();
    }
    listener.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private final class Receiver implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
        throws ProcessRequestException {
      if (refuse.get()) {
        throw new ProcessRequestException("refused", SMPPConstant.STAT_ESME_RSUBMITFAIL);
      }
      received.add(submitSm);
      try {
        return new SubmitSmResult(
            new MessageId("m" + ids.incrementAndGet()), new OptionalParameter[0]);
      } catch (org.jsmpp.PDUStringException e) {
        throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR, e);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession s)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession s)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm query, SMPPServerSession source) throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw unsupported();
    }

    private ProcessRequestException unsupported() {
      return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
