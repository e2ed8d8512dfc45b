package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.SignedSlackRequests;
import dev.scribe.storage.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost in a crash: the built jar serves concurrent {@code /pm event}
 * commands (group-committed), is killed with SIGKILL in the middle of them, and every event whose
 * acknowledgement reached a client is in the database afterwards — on SQLite and on a real
 * PostgreSQL.
 */
class KillNineIT {

  static final String SECRET = "kill-nine-secret";
  static final String TEAM = "T0KILL";
  static final int CLIENTS = 24;
  static final Pattern ID = Pattern.compile("kill-\\d+-\\d+");

  @TempDir Path dir;
  FakeSlackApi slack;
  Process server;

  @BeforeEach
  void fakeSlack() {
    slack = FakeSlackApi.start();
    slack.setTeamId(TEAM);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor();
    }
    slack.close();
  }

  @Test
  void onSqliteEveryAcknowledgedEventSurvivesKill9() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("scribe.db");
    Set<String> acked = loadThenKill(url);
    assertThat(storedIds(url, null, null)).containsAll(acked);
  }

  @Test
  void onPostgresEveryAcknowledgedEventSurvivesKill9() throws Exception {
    String url = TestDatabases.postgresUrl();
    Set<String> acked = loadThenKill(url);
    assertThat(storedIds(url, "postgres", "postgres")).containsAll(acked);
  }

  /** Starts the jar, loads it, kills it with SIGKILL mid-load; returns the acknowledged ids. */
  private Set<String> loadThenKill(String databaseUrl) throws Exception {
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=UTF-8",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            builtJar().toString(),
            "serve");
    builder
        .environment()
        .putAll(
            java.util.Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-kill",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_API_URL",
                slack.methodsUrl(),
                "PORT",
                Integer.toString(port),
                "DATABASE_URL",
                databaseUrl));
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
    server = builder.start();
    awaitHealthy(port);

    SignedSlackRequests requests =
        new SignedSlackRequests(
            URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET, TEAM);
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger failuresBeforeKill = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.submit(
          () -> {
            for (int i = 0; !killed.get(); i++) {
              String id = "kill-" + client + "-" + i;
              try {
                String ack = requests.pm("U" + client, "C" + client % 4, "event " + id);
                if (ack.contains(id)) {
                  acked.add(id);
                }
              } catch (IOException | RuntimeException e) {
                if (!killed.get()) {
                  failuresBeforeKill.incrementAndGet();
                }
              } catch (InterruptedException e) {
                return;
              }
            }
          });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    while (acked.size() < 200 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    double largestBatch = largestBatch(port);
    server.destroyForcibly(); // SIGKILL: no shutdown hook, no drain
    killed.set(true);
    server.waitFor();
    clients.shutdown();
    assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    assertThat(acked).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);
    assertThat(failuresBeforeKill).hasValue(0);
    assertThat(largestBatch).as("commands group-committed together").isGreaterThan(1);
    System.out.printf(
        "KillNineIT: %d events acknowledged before SIGKILL, batches of up to %.0f%n",
        acked.size(), largestBatch);
    return new HashSet<>(acked);
  }

  /** The largest group commit so far, from the server's own metrics. */
  private static double largestBatch(int port) throws Exception {
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher max =
        Pattern.compile("^scribe_db_write_batch_size_max (\\S+)$", Pattern.MULTILINE)
            .matcher(metrics);
    assertThat(max.find()).as(metrics).isTrue();
    return Double.parseDouble(max.group(1));
  }

  private static Set<String> storedIds(String url, String user, String password)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT text FROM timeline_events WHERE text LIKE 'kill-%'")) {
      while (rows.next()) {
        Matcher m = ID.matcher(rows.getString(1));
        if (m.find()) {
          ids.add(m.group());
        }
      }
    }
    return ids;
  }

  private void awaitHealthy(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(1))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive())
          .as(() -> "the server exited: " + read(dir.resolve("server.log")))
          .isTrue();
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not healthy within 60 s: " + read(dir.resolve("server.log")));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Path builtJar() {
    String jar = System.getProperty("scribe.jar");
    assertThat(jar).as("run in `mvn verify`, after `package`").isNotNull();
    assertThat(Path.of(jar)).isRegularFile();
    return Path.of(jar);
  }
}
