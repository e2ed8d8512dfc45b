package dev.scribe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSocketModeServerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final FakeSlackApi api = FakeSlackApi.start();
  private final FakeSocketModeServer socketMode = FakeSocketModeServer.start();

  FakeSocketModeServerTest() {
    api.attachSocketMode(socketMode);
  }

  @AfterEach
  void stop() {
    socketMode.close();
    api.close();
  }

  @Test
  void theRealClientConnectsThroughAppsConnectionsOpenAndAcksAnEvent() throws Exception {
    Slack slack = RealSlackClient.slack(api);
    List<String> eventTypes = new CopyOnWriteArrayList<>();
    try (SocketModeClient client =
        slack.socketMode(RealSlackClient.APP_TOKEN, SocketModeClient.Backend.JavaWebSocket)) {
      client.addEventsApiEnvelopeListener(
          envelope -> {
            eventTypes.add(
                envelope
                    .getPayload()
                    .getAsJsonObject()
                    .getAsJsonObject("event")
                    .get("type")
                    .getAsString());
            client.sendSocketModeResponse(new AckResponse(envelope.getEnvelopeId()));
          });
      client.connect();
      socketMode.awaitConnection(PATIENCE);

      String envelopeId =
          socketMode.sendEventsApi(
              "{\"type\":\"reaction_added\",\"user\":\"U0ALICE\",\"reaction\":\"eyes\","
                  + "\"item\":{\"type\":\"message\",\"channel\":\"C0INCIDENT\",\"ts\":\"1700000000.000100\"}}");
      SocketModeAck ack = socketMode.awaitAck(envelopeId, PATIENCE);

      assertThat(eventTypes).containsExactly("reaction_added");
      assertThat(JsonParser.parseString(ack.json()).getAsJsonObject().keySet())
          .containsExactly("envelope_id");
      assertThat(ack.payload()).isEmpty();
      assertThat(api.lastCall("apps.connections.open").orElseThrow().token())
          .contains(RealSlackClient.APP_TOKEN);
    }
  }

  @Test
  void boltAnswersASlashCommandInTheAckPayloadAndSeesEvents() throws Exception {
    List<String> reactions = new CopyOnWriteArrayList<>();
    App app =
        new App(
            AppConfig.builder()
                .slack(RealSlackClient.slack(api))
                .singleTeamBotToken(RealSlackClient.BOT_TOKEN)
                .signingSecret("unused-in-socket-mode")
                .clientId(null) // non-null client credentials would switch Bolt to multi-workspace
                // (OAuth) mode
                .clientSecret(null)
                .build());
    app.command(
        "/pm",
        (req, ctx) -> {
          ctx.respond("Working on it");
          return ctx.ack("Recorded: " + req.getPayload().getText());
        });
    app.event(
        ReactionAddedEvent.class,
        (payload, ctx) -> {
          reactions.add(payload.getEvent().getReaction());
          return ctx.ack();
        });
    SocketModeApp socketModeApp =
        new SocketModeApp(RealSlackClient.APP_TOKEN, app, SocketModeClient.Backend.JavaWebSocket);
    try {
      socketModeApp.startAsync();
      socketMode.awaitConnection(PATIENCE);

      String command =
          socketMode.sendSlashCommand(
              Map.of(
                  "command",
                  "/pm",
                  "text",
                  "event ack: paged",
                  "user_id",
                  "U0ALICE",
                  "channel_id",
                  "C0INCIDENT",
                  "response_url",
                  api.newResponseUrl()));
      String event =
          socketMode.sendEventsApi(
              "{\"type\":\"reaction_added\",\"user\":\"U0ALICE\",\"reaction\":\"boom\","
                  + "\"item\":{\"type\":\"message\",\"channel\":\"C0INCIDENT\",\"ts\":\"1700000000.000100\"},"
                  + "\"event_ts\":\"1700000001.000200\"}");

      SocketModeAck commandAck = socketMode.awaitAck(command, PATIENCE);
      socketMode.awaitAck(event, PATIENCE);
      assertThat(commandAck.payload().orElseThrow().get("text").getAsString())
          .isEqualTo("Recorded: event ack: paged");
      assertThat(reactions).containsExactly("boom");
      assertThat(api.awaitResponses(1, PATIENCE))
          .extracting(ResponseUrlPost::text)
          .containsExactly("Working on it");
    } finally {
      socketModeApp.close();
    }
  }

  @Test
  void withoutAnAttachedServerThereIsNoSocketModeUrl() throws Exception {
    try (FakeSlackApi alone = FakeSlackApi.start()) {
      var response =
          RealSlackClient.slack(alone)
              .methods(RealSlackClient.APP_TOKEN)
              .appsConnectionsOpen(r -> r);

      assertThat(response.isOk()).isFalse();
    }
  }
}
