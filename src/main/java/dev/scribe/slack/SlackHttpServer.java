package dev.scribe.slack;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt over Jetty 12's core API: {@code POST /slack/events} (HTTP mode), {@code GET /health}
 * (both modes, for container probes) and {@code GET /metrics} (Prometheus, when enabled).
 *
 * <p>Why Jetty and not the JDK's {@code com.sun.net.httpserver}: the JDK server reads a request's
 * body on one of a fixed set of worker threads, so a few peers that announce a body and send it a
 * byte at a time hold every worker and stall Slack's deliveries. Jetty reads bodies without holding
 * a thread (see {@link SlackRequestHandler}), and bounds each connection's silence (idle timeout),
 * each body's size and read time, and the number of connections. Why not {@code bolt-jetty}: its
 * newest release here runs on Jetty 9.4, which is end of life.
 */
public final class SlackHttpServer implements AutoCloseable {

  public static final String EVENTS_PATH = "/slack/events";
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  /** Jetty's setting: how many object references fit in a cache line (its queues pad by it). */
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  static {
    // Unless told, Jetty learns whether references take 4 or 8 bytes by asking the JVM through JMX
    // when its first thread pool is built. That starts the platform MBean server, which registers
    // every platform MXBean: some 200 classes and tens of milliseconds of every start, for one
    // number that only decides the padding of a queue. References are compressed (4 bytes) while
    // the heap is under 32 GiB, the JVM's default, and Scribe's heap is far smaller. An operator's
    // own setting wins.
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      boolean compressedReferences = Runtime.getRuntime().maxMemory() < (31L << 30);
      int cacheLineBytes = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
      System.setProperty(
          REFERENCES_PER_CACHE_LINE,
          Integer.toString(cacheLineBytes / (compressedReferences ? 4 : 8)));
    }
  }

  /**
   * Builds, and throws away, a server like this one, so that its classes are loaded and initialised
   * (on a thread of the caller's choosing) before the real one is built; nothing is started.
   */
  public static void loadClasses() {
    new ServerConnector(new Server(new QueuedThreadPool()));
  }

  /**
   * How much a peer may take.
   *
   * @param maxBodyBytes a larger body gets 413 (Slack's payloads are a few KiB)
   * @param idleTimeout a connection silent this long is closed (while sending headers, a body, or
   *     between requests)
   * @param bodyReadTimeout the whole body must arrive within this, however it trickles (Slack
   *     itself gives up on an answer after 3 s)
   * @param maxConnections beyond this the server stops accepting until some close
   * @param maxThreads the pool that runs handlers (Bolt and the database block)
   */
  record Limits(
      int maxBodyBytes,
      Duration idleTimeout,
      Duration bodyReadTimeout,
      int maxConnections,
      int maxThreads) {

    static final Limits DEFAULT =
        new Limits(1 << 20, Duration.ofSeconds(10), Duration.ofSeconds(10), 1_000, 64);
  }

  private final boolean acceptSlackRequests;
  private final boolean metricsServed;
  private final Server server;
  private final ServerConnector connector;

  /**
   * @param acceptSlackRequests false in Socket Mode, where Slack's requests come over the socket
   *     and only {@code /health} is served
   */
  public SlackHttpServer(
      App app, boolean acceptSlackRequests, String host, int port, BooleanSupplier healthy) {
    this(app, acceptSlackRequests, host, port, healthy, null, Limits.DEFAULT);
  }

  /**
   * @param metrics the Prometheus text served on {@code GET /metrics}, or null to serve none
   */
  public SlackHttpServer(
      App app,
      boolean acceptSlackRequests,
      String host,
      int port,
      BooleanSupplier healthy,
      Supplier<String> metrics) {
    this(app, acceptSlackRequests, host, port, healthy, metrics, Limits.DEFAULT);
  }

  SlackHttpServer(
      App app,
      boolean acceptSlackRequests,
      String host,
      int port,
      BooleanSupplier healthy,
      Limits limits) {
    this(app, acceptSlackRequests, host, port, healthy, null, limits);
  }

  SlackHttpServer(
      App app,
      boolean acceptSlackRequests,
      String host,
      int port,
      BooleanSupplier healthy,
      Supplier<String> metrics,
      Limits limits) {
    this.acceptSlackRequests = acceptSlackRequests;
    this.metricsServed = metrics != null;
    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 4);
    threads.setName("scribe-http");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    SlackRequestGate gate =
        acceptSlackRequests ? new SlackRequestGate(app, Clock.systemUTC()) : null;
    server.setHandler(new SlackRequestHandler(gate, healthy, metrics, limits));
    server.setStopTimeout(5_000);
  }

  public void start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot listen on port " + connector.getPort(), e);
    }
    log.info(
        "Listening on port {}: {}GET /health{}",
        port(),
        acceptSlackRequests ? "POST " + EVENTS_PATH + ", " : "",
        metricsServed ? ", GET /metrics" : "");
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("Stopping the HTTP server failed", e);
    }
  }
}
