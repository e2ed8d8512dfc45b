package dev.scribe.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack Socket Mode endpoint on loopback: says hello to each client, sends envelopes to
 * every connected client, and records the acknowledgements that come back. Thread-safe.
 */
public final class FakeSocketModeServer implements AutoCloseable {
  private final Endpoint endpoint = new Endpoint();
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<SocketModeAck> acks = new ArrayList<>();
  private final List<String> received = new ArrayList<>();
  private volatile Exception startFailure;
  private volatile String teamId = "T0FAKE";
  private int openConnections;

  private FakeSocketModeServer() {}

  /** Starts the server on a free loopback port; returns once it listens. */
  public static FakeSocketModeServer start() {
    FakeSocketModeServer server = new FakeSocketModeServer();
    server.endpoint.setReuseAddr(true);
    server.endpoint.start();
    server.awaitStart();
    return server;
  }

  /** The URL {@code apps.connections.open} hands out. */
  public String url() {
    return "ws://127.0.0.1:"
        + port()
        + "/link/?ticket=fake-ticket&app_id="
        + SocketModeEnvelopes.APP_ID;
  }

  public int port() {
    return endpoint.getPort();
  }

  /** The workspace id put in the events and commands this server builds. */
  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  /** Waits until at least one client is connected (and greeted); fails after {@code timeout}. */
  public synchronized void awaitConnection(Duration timeout) {
    waitUntil(() -> openConnections > 0, timeout, "no Socket Mode client connected");
  }

  /** Sends raw text, an envelope as a rule, to every connected client. */
  public void send(String envelopeJson) {
    endpoint.broadcast(envelopeJson);
  }

  /**
   * Sends an {@code events_api} envelope; {@code eventJson} is a bare event or a whole {@code
   * event_callback}.
   */
  public String sendEventsApi(String eventJson) {
    String envelopeId = nextEnvelopeId();
    String eventId = "Ev0FAKE" + sequence.incrementAndGet();
    JsonObject payload =
        SocketModeEnvelopes.eventCallback(
            eventJson, teamId, eventId, Instant.now().getEpochSecond());
    send(SocketModeEnvelopes.envelope("events_api", envelopeId, payload, false).toString());
    return envelopeId;
  }

  /**
   * Sends a {@code slash_commands} envelope; {@code form} holds Slack's fields (command, text,
   * user_id, channel_id, …).
   */
  public String sendSlashCommand(Map<String, String> form) {
    String envelopeId = nextEnvelopeId();
    JsonObject payload = SocketModeEnvelopes.slashCommand(form, teamId, "trigger-" + envelopeId);
    send(SocketModeEnvelopes.envelope("slash_commands", envelopeId, payload, true).toString());
    return envelopeId;
  }

  /** Sends an {@code interactive} envelope around a block action, view submission, … payload. */
  public String sendInteractive(String payloadJson) {
    String envelopeId = nextEnvelopeId();
    JsonObject payload = JsonParser.parseString(payloadJson).getAsJsonObject();
    boolean acceptsPayload =
        payload.has("type") && payload.get("type").getAsString().equals("view_submission");
    send(
        SocketModeEnvelopes.envelope("interactive", envelopeId, payload, acceptsPayload)
            .toString());
    return envelopeId;
  }

  /** Asks clients to reconnect, as Slack does before it recycles a connection. */
  public void sendDisconnect(String reason) {
    send(SocketModeEnvelopes.disconnect(reason).toString());
  }

  public synchronized List<SocketModeAck> acks() {
    return List.copyOf(acks);
  }

  /** Every text message clients sent, acknowledgements or not. */
  public synchronized List<String> received() {
    return List.copyOf(received);
  }

  /** The acknowledgement of the envelope, waiting for it; fails after {@code timeout}. */
  public synchronized SocketModeAck awaitAck(String envelopeId, Duration timeout) {
    waitUntil(() -> ackOf(envelopeId).isPresent(), timeout, "no ack for envelope " + envelopeId);
    return ackOf(envelopeId).orElseThrow();
  }

  @Override
  public void close() {
    try {
      endpoint.stop(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String nextEnvelopeId() {
    return "fake-envelope-" + sequence.incrementAndGet();
  }

  private Optional<SocketModeAck> ackOf(String envelopeId) {
    return acks.stream().filter(ack -> ack.envelopeId().equals(envelopeId)).findFirst();
  }

  private synchronized void connectionOpened() {
    openConnections++;
    notifyAll();
  }

  private synchronized void connectionClosed() {
    openConnections = Math.max(0, openConnections - 1);
    notifyAll();
  }

  private synchronized void messageReceived(String message) {
    received.add(message);
    Optional.of(message)
        .filter(m -> m.startsWith("{"))
        .map(JsonParser::parseString)
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .filter(json -> json.has("envelope_id"))
        .ifPresent(
            json ->
                acks.add(
                    new SocketModeAck(
                        json.get("envelope_id").getAsString(), message, Instant.now())));
    notifyAll();
  }

  private void waitUntil(BooleanSupplier done, Duration timeout, String failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(failure + " within " + timeout + "; received: " + received);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted: " + failure, e);
      }
    }
  }

  private void awaitStart() {
    try {
      if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
        close();
        throw new IllegalStateException("the fake Socket Mode server did not start", startFailure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the fake Socket Mode server", e);
    }
  }

  /** The WebSocket side; kept private so the fake's API stays Slack-shaped. */
  private final class Endpoint extends WebSocketServer {
    Endpoint() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      connection.send(SocketModeEnvelopes.hello().toString());
      connectionOpened();
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      connectionClosed();
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      messageReceived(message);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
      if (connection == null) {
        startFailure = error;
        started.countDown();
      }
    }
  }
}
