package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.app.Scribe;
import dev.scribe.app.ScribeApp;
import dev.scribe.config.ScribeConfig;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.FakeSocketModeServer;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.SocketModeAck;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scribe in Socket Mode against a local WebSocket fake: no public URL, same behaviour. */
class SocketModeE2ETest {

  @Test
  void commandsAndReactionsArriveOverTheSocket() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-21T14:10:00Z");
    try (FakeSlackApi slack = FakeSlackApi.start();
        FakeSocketModeServer socket = FakeSocketModeServer.start();
        Database database = TestDatabases.sqlite()) {
      slack.attachSocketMode(socket);
      slack.addUser("U0ALICE", "alice", "UTC");
      ScribeConfig config =
          ScribeConfig.fromEnvironment(
              Map.of(
                  "SLACK_BOT_TOKEN",
                  "xoxb-test",
                  "SLACK_APP_TOKEN",
                  "xapp-test",
                  "SLACK_API_URL",
                  slack.methodsUrl(),
                  "PORT",
                  "0"),
              ScribeConfig.Needs.SLACK);
      try (Scribe scribe = new Scribe(config, database, clock);
          ScribeApp app = scribe.slackApp()) {
        app.start();
        socket.awaitConnection(Duration.ofSeconds(10));

        String command =
            socket.sendSlashCommand(
                Map.of(
                    "team_id",
                    "T0FAKE",
                    "channel_id",
                    "C0INC",
                    "user_id",
                    "U0ALICE",
                    "command",
                    "/pm",
                    "text",
                    "start Socket incident sev:3",
                    "response_url",
                    slack.newResponseUrl(),
                    "trigger_id",
                    "1.2.3"));
        SocketModeAck ack = socket.awaitAck(command, Duration.ofSeconds(10));
        assertThat(ack.payload())
            .get()
            .satisfies(
                p ->
                    assertThat(p.get("text").getAsString())
                        .contains("INC-2026-001")
                        .contains("Socket incident"));

        String ts = slack.postUserMessage("C0INC", "U0ALICE", "we are down");
        String event =
            socket.sendEventsApi(
                "{\"type\":\"reaction_added\",\"user\":\"U0ALICE\",\"reaction\":\"boom\","
                    + "\"item\":{\"type\":\"message\",\"channel\":\"C0INC\",\"ts\":\""
                    + ts
                    + "\"},\"event_ts\":\"1.1\"}");
        socket.awaitAck(event, Duration.ofSeconds(10));
        var incident = scribe.incidents().current("T0FAKE", "C0INC");
        await()
            .atMost(Duration.ofSeconds(5))
            .until(
                () ->
                    scribe.timeline().events(incident).stream()
                        .anyMatch(e -> e.text().equals("we are down")));

        HttpResponse<String> health =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.httpPort() + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
      }
    }
  }
}
