package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.scribe.demo.FakeSlackApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP server over real sockets with a real Bolt app: routing, limits, slow and hostile peers,
 * and the request gate (signatures, timestamps, malformed bodies, Slack API failures in Bolt).
 */
class SlackHttpServerTest {

  static final String SECRET = "test-signing-secret";
  static final SlackHttpServer.Limits FAST_LIMITS =
      new SlackHttpServer.Limits(64 * 1024, Duration.ofMillis(400), Duration.ofMillis(600), 50, 8);

  final HttpClient http = HttpClient.newHttpClient();
  final List<String> commandsSeen = new CopyOnWriteArrayList<>();
  final AtomicBoolean healthy = new AtomicBoolean(true);
  FakeSlackApi slack;
  App app;
  SlackHttpServer server;
  volatile Duration handlerDelay = Duration.ZERO;

  @BeforeEach
  void setUp() {
    slack = FakeSlackApi.start();
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(slack.methodsUrl());
    slackConfig.setStatsEnabled(false);
    // Bolt's defaults, IgnoringSelfEvents included, to show what the server does with them.
    app =
        new App(
            AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken("xoxb-test")
                .signingSecret(SECRET)
                .clientId(null)
                .clientSecret(null)
                .allEventsApiAutoAckEnabled(true)
                .build());
    app.command(
        "/pm",
        (request, context) -> {
          pause(handlerDelay);
          commandsSeen.add(request.getPayload().getText());
          return context.ack("got it");
        });
    app.event(ReactionAddedEvent.class, (payload, context) -> context.ack());
  }

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
    slack.close();
  }

  void start(SlackHttpServer.Limits limits) {
    start(limits, true);
  }

  void start(SlackHttpServer.Limits limits, boolean acceptSlackRequests) {
    server = new SlackHttpServer(app, acceptSlackRequests, "127.0.0.1", 0, healthy::get, limits);
    server.start();
  }

  // ---- routing -------------------------------------------------------------------------------

  @Test
  void healthAnswersWithTheDatabaseStateAndOtherPathsAreRefused() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(get("/health").body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
    healthy.set(false);
    assertThat(get("/health").statusCode()).isEqualTo(503);
    assertThat(get("/nope").statusCode()).isEqualTo(404);
    assertThat(get(SlackHttpServer.EVENTS_PATH).statusCode()).isEqualTo(405);
    assertThat(send(post("/health", "x".getBytes(StandardCharsets.UTF_8), null, null)).statusCode())
        .isEqualTo(405);
  }

  @Test
  void inSocketModeOnlyHealthIsServed() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT, false);
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(signed(command("timeline")).statusCode()).isEqualTo(404);
    assertThat(commandsSeen).isEmpty();
  }

  // ---- the request gate -----------------------------------------------------------------------

  @Test
  void aSignedCommandReachesBoltWithItsBytesExact() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    // Non-ASCII and a trailing newline: both change the signature if a byte is re-encoded or lost.
    byte[] body = (command("event café ✓ déployé") + "\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = send(signedPost(body, now()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("got it");
    assertThat(commandsSeen).containsExactly("event café ✓ déployé");
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing", "wrong", "stale", "future", "milliseconds", "not-a-number"})
  void requestsNotSignedJustNowBySlackGet401AndNeverReachBolt(String how) throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    byte[] body = command("event should not be recorded").getBytes(StandardCharsets.UTF_8);
    long now = System.currentTimeMillis() / 1000;
    HttpRequest request =
        switch (how) {
          case "missing" -> post(SlackHttpServer.EVENTS_PATH, body, null, null);
          case "wrong" -> post(SlackHttpServer.EVENTS_PATH, body, Long.toString(now), "v0=00ff");
          case "stale" -> signedPost(body, Long.toString(now - 6 * 60));
          case "future" -> signedPost(body, Long.toString(now + 6 * 60));
          case "milliseconds" -> signedPost(body, Long.toString(System.currentTimeMillis()));
          default -> signedPost(body, "12e4");
        };
    HttpResponse<String> response = send(request);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(commandsSeen).isEmpty();
  }

  @Test
  void aTimestampWithinFiveMinutesEitherWayIsAccepted() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    long now = System.currentTimeMillis() / 1000;
    byte[] body = command("event on time").getBytes(StandardCharsets.UTF_8);
    assertThat(send(signedPost(body, Long.toString(now - 4 * 60))).statusCode()).isEqualTo(200);
    assertThat(send(signedPost(body, Long.toString(now + 4 * 60))).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1,2,3]",
        "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\"}",
        "{\"type\":\"event_callback\",\"event\":\"reaction_added\"}",
        "{\"type\":5}",
        "{\"type\":\"event_callback\",",
        "command=%2Fpm&text=%ZZ",
        "payload=not-json",
        "payload=%5B1%2C2%5D",
        "hello=world",
        " ",
        // Bolt parses the event into its class and fails on a field of the wrong type.
        "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\","
            + "\"event\":{\"type\":\"reaction_added\",\"item\":5}}"
      })
  void malformedSignedBodiesGet400NotA500(String body) throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    HttpResponse<String> response = send(signedPost(body.getBytes(StandardCharsets.UTF_8), now()));
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(commandsSeen).isEmpty();
  }

  @Test
  void aSignedBodyThatIsNotUtf8Gets400() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    byte[] body = {'c', 'o', 'm', 'm', 'a', 'n', 'd', '=', (byte) 0xC3, (byte) 0x28};
    assertThat(send(signedPost(body, now())).statusCode()).isEqualTo(400);
  }

  @Test
  void aSlackApiFailureInsideBoltsMiddlewareIsAcknowledgedNotA500() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    // Bolt's IgnoringSelfEvents asks bots.info about every bot_message; Slack answers 429.
    slack.failNext("bots.info", 429, 30);
    String delivery =
        "{\"token\":\"XXYYZZ\",\"team_id\":\"T123ABC456\",\"api_app_id\":\"A123ABC456\","
            + "\"event\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"C1\","
            + "\"ts\":\"1358877455.000010\",\"text\":\"Pushing is the answer\","
            + "\"bot_id\":\"BB12033\",\"username\":\"github\"},"
            + "\"type\":\"event_callback\",\"event_id\":\"Ev123ABC456\",\"event_time\":1}";
    HttpResponse<String> response =
        send(signedPost(delivery.getBytes(StandardCharsets.UTF_8), now()));
    assertThat(slack.calls("bots.info")).isNotEmpty();
    assertThat(response.statusCode()).isEqualTo(200);
  }

  // ---- limits and slow peers -------------------------------------------------------------------

  @Test
  void anAnnouncedBodyOverTheLimitGets413WithoutBeingRead() throws Exception {
    start(SlackHttpServer.Limits.DEFAULT);
    try (Socket socket = connect()) {
      write(
          socket,
          "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + ((1 << 20) + 1)
              + "\r\n\r\n{");
      assertThat(readStatusLine(socket)).isEqualTo("HTTP/1.1 413 Payload Too Large");
    }
  }

  @Test
  void aChunkedBodyThatOutgrowsTheLimitGets413() throws Exception {
    start(FAST_LIMITS);
    try (Socket socket = connect()) {
      write(
          socket,
          "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
      String chunk = "x".repeat(16 * 1024);
      for (int i = 0; i < 5; i++) {
        write(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
      }
      assertThat(readStatusLine(socket)).isEqualTo("HTTP/1.1 413 Payload Too Large");
    }
  }

  @Test
  void aConnectionSilentPastTheIdleTimeoutIsClosed() throws Exception {
    start(FAST_LIMITS);
    try (Socket socket = connect()) {
      write(socket, "POST /slack/events HTTP/1.1\r\nHost: x\r\n"); // headers never finished
      long started = System.nanoTime();
      socket.setSoTimeout(5_000);
      assertThat(drain(socket.getInputStream())).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aBodyTricklingPastTheReadTimeoutGets408AndTheConnectionIsClosed() throws Exception {
    start(FAST_LIMITS);
    try (Socket socket = connect()) {
      write(
          socket,
          "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Content-Length: 4096\r\n\r\n");
      long started = System.nanoTime();
      socket.setSoTimeout(100);
      String status = null;
      while (status == null && System.nanoTime() - started < 5_000_000_000L) {
        write(socket, "{\""); // two bytes, well within the idle timeout each time
        try {
          status = readStatusLine(socket);
        } catch (SocketTimeoutException e) {
          // not answered yet
        }
      }
      assertThat(status).isEqualTo("HTTP/1.1 408 Request Timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      socket.setSoTimeout(2_000);
      assertThat(drain(socket.getInputStream())).isEqualTo(-1);
    }
  }

  @Test
  void aHandlerSlowerThanTheIdleTimeoutStillAnswers() throws Exception {
    start(FAST_LIMITS);
    handlerDelay = FAST_LIMITS.idleTimeout().multipliedBy(3);
    assertThat(signed(command("event slow database")).statusCode()).isEqualTo(200);
    assertThat(commandsSeen).containsExactly("event slow database");
  }

  @Test
  void slowUnsignedClientsDoNotDelaySignedRequests() throws Exception {
    // Fewer pool threads (8) than slow clients (20): bodies being read must hold no thread.
    start(
        new SlackHttpServer.Limits(
            1 << 20, Duration.ofSeconds(10), Duration.ofSeconds(10), 1_000, 8));
    for (int i = 0; i < 20; i++) {
      assertThat(signed(command("event warm-up")).statusCode()).isEqualTo(200); // Bolt starts
    }
    commandsSeen.clear();
    List<Socket> slowClients = new ArrayList<>();
    ExecutorService signedClients = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 20; i++) {
        Socket socket = connect();
        write(
            socket,
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4096\r\n\r\n{\"");
        slowClients.add(socket);
      }
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        statuses.add(
            signedClients.submit(
                () -> {
                  if (n % 10 == 0) {
                    for (Socket slow : slowClients) {
                      write(slow, "{\""); // keep trickling
                    }
                  }
                  long started = System.nanoTime();
                  int status = signed(command("event signed " + n)).statusCode();
                  latencies.add(System.nanoTime() - started);
                  return status;
                }));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(200);
      }
      List<Long> sorted = latencies.stream().sorted().toList();
      Duration p99 = Duration.ofNanos(sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1));
      assertThat(p99).isLessThan(Duration.ofMillis(500));
      assertThat(commandsSeen).hasSize(200);
    } finally {
      signedClients.shutdownNow();
      for (Socket socket : slowClients) {
        socket.close();
      }
    }
  }

  @Test
  void pastTheConnectionLimitNewConnectionsWaitForOneToClose() throws Exception {
    start(
        new SlackHttpServer.Limits(1 << 20, Duration.ofSeconds(10), Duration.ofSeconds(10), 2, 8));
    Socket first = connect();
    Socket second = connect();
    write(first, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(readStatusLine(first)).isEqualTo("HTTP/1.1 200 OK");
    write(second, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(readStatusLine(second)).isEqualTo("HTTP/1.1 200 OK");
    try (Socket third = connect()) {
      write(third, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
      third.setSoTimeout(500);
      boolean answeredWhileFull;
      try {
        readStatusLine(third);
        answeredWhileFull = true;
      } catch (SocketTimeoutException e) {
        answeredWhileFull = false;
      }
      assertThat(answeredWhileFull).isFalse();
      first.close();
      third.setSoTimeout(5_000);
      assertThat(readStatusLine(third)).isEqualTo("HTTP/1.1 200 OK");
    } finally {
      second.close();
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  static String command(String text) {
    return "team_id=T1&channel_id=C1&user_id=U1&command=%2Fpm&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fx&trigger_id=t";
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String now() {
    return Long.toString(System.currentTimeMillis() / 1000);
  }

  HttpResponse<String> signed(String body) throws Exception {
    return send(signedPost(body.getBytes(StandardCharsets.UTF_8), now()));
  }

  HttpRequest signedPost(byte[] body, String timestamp) {
    return post(
        SlackHttpServer.EVENTS_PATH, body, timestamp, Signatures.sign(SECRET, timestamp, body));
  }

  HttpRequest post(String path, byte[] body, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    return request.build();
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
    socket.setSoTimeout(5_000);
    return socket;
  }

  static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The first line of the response, read byte by byte (the rest stays unread). */
  static String readStatusLine(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("closed after: " + line);
      }
      line.append((char) b);
    }
    return line.toString().strip();
  }

  /** Reads until the peer closes; returns -1 then. */
  static int drain(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
    } while (b >= 0);
    return b;
  }
}
