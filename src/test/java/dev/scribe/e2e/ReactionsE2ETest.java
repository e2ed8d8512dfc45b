package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reactions, message edits and deletions, Slack's retries and request signatures, end to end. */
class ReactionsE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(BOB, "bob", "UTC");
    scribe.slack.makeAdmin(ALICE);
    scribe.meet(ALICE);
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  String reaction(String type, String user, String emoji, String ts) {
    return "{\"type\":\""
        + type
        + "\",\"user\":\""
        + user
        + "\",\"reaction\":\""
        + emoji
        + "\",\"item_user\":\""
        + BOB
        + "\",\"item\":{\"type\":\"message\",\"channel\":\""
        + CHANNEL
        + "\",\"ts\":\""
        + ts
        + "\"},\"event_ts\":\"1.2\"}";
  }

  List<TimelineEvent> events() {
    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    return scribe.scribe.timeline().events(incident);
  }

  List<TimelineEvent> reactionEvents() {
    return events().stream()
        .filter(e -> e.source() == dev.scribe.timeline.EventSource.REACTION)
        .toList();
  }

  @Test
  void aReactionRecordsTheMessageWithItsTimeAuthorTextAndLink() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "error rate is climbing on checkout");
    HttpResponse<String> response =
        scribe.event("Ev001", reaction("reaction_added", ALICE, "boom", ts), Map.of());
    assertThat(response.statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> reactionEvents().stream().anyMatch(e -> !e.text().isEmpty()));
    TimelineEvent event = reactionEvents().get(0);
    assertThat(event.marker()).isEqualTo(Marker.IMPACT);
    assertThat(event.text()).isEqualTo("error rate is climbing on checkout");
    assertThat(event.authorId()).isEqualTo(BOB);
    assertThat(event.recordedBy()).isEqualTo(ALICE);
    assertThat(event.permalink()).contains(CHANNEL);
    assertThat(event.occurredAt())
        .isEqualTo(
            new dev.scribe.timeline.MessageRef(CHANNEL, ts)
                .postedAt()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    scribe.slack.awaitCall("chat.postEphemeral", Duration.ofSeconds(5));
  }

  @Test
  void aThreadReplyIsFoundThroughConversationsReplies() throws Exception {
    String parent = scribe.slack.postUserMessage(CHANNEL, BOB, "looking into it");
    String reply =
        scribe.slack.postThreadReply(CHANNEL, parent, BOB, "found it: the config push at 14:02");
    scribe.event("Ev002", reaction("reaction_added", ALICE, "bulb", reply), Map.of());

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> reactionEvents().stream().anyMatch(e -> !e.text().isEmpty()));
    assertThat(reactionEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.marker()).isEqualTo(Marker.CAUSE);
              assertThat(e.text()).isEqualTo("found it: the config push at 14:02");
            });
    assertThat(scribe.slack.calls("conversations.replies")).isNotEmpty();
  }

  @Test
  void retriesAreRecordedOnceAndAMissedFirstDeliveryIsStillRecorded() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "paged");
    String event = reaction("reaction_added", ALICE, "rotating_light", ts);
    scribe.event("Ev003", event, Map.of());
    scribe.event(
        "Ev003", event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    scribe.event(
        "Ev003", event, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));
    // A retry whose first delivery never reached us.
    String other = scribe.slack.postUserMessage(CHANNEL, BOB, "on it");
    HttpResponse<String> retry =
        scribe.event(
            "Ev004",
            reaction("reaction_added", ALICE, "eyes", other),
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"));
    assertThat(retry.statusCode()).isEqualTo(200);
    // The same message tagged again by someone else is still one event.
    scribe.event("Ev005", reaction("reaction_added", BOB, "rotating_light", ts), Map.of());

    assertThat(reactionEvents())
        .extracting(TimelineEvent::marker)
        .containsExactlyInAnyOrder(Marker.ALERT, Marker.ACK);
  }

  @Test
  void removingTheLastReactionRemovesTheEventAndEditsAndDeletesFollowTheMessage() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "rolled back");
    scribe.event("Ev010", reaction("reaction_added", ALICE, "large_green_circle", ts), Map.of());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> reactionEvents().stream().anyMatch(e -> !e.text().isEmpty()));

    String changed =
        "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\""
            + CHANNEL
            + "\",\"hidden\":true,"
            + "\"message\":{\"type\":\"message\",\"user\":\""
            + BOB
            + "\",\"text\":\"rolled back config v142\",\"ts\":\""
            + ts
            + "\"},"
            + "\"previous_message\":{\"type\":\"message\",\"user\":\""
            + BOB
            + "\",\"text\":\"rolled back\",\"ts\":\""
            + ts
            + "\"},"
            + "\"ts\":\"1763734000.000100\",\"event_ts\":\"1763734000.000100\"}";
    assertThat(scribe.event("Ev011", changed, Map.of()).statusCode()).isEqualTo(200);
    assertThat(reactionEvents())
        .singleElement()
        .extracting(TimelineEvent::text)
        .isEqualTo("rolled back config v142");

    String deleted =
        "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\""
            + CHANNEL
            + "\",\"hidden\":true,"
            + "\"deleted_ts\":\""
            + ts
            + "\",\"ts\":\"1763734100.000100\",\"event_ts\":\"1763734100.000100\"}";
    scribe.event("Ev012", deleted, Map.of());
    assertThat(reactionEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sourceMessageDeleted()).isTrue();
              assertThat(e.text()).isEqualTo("rolled back config v142");
            });

    scribe.event("Ev013", reaction("reaction_removed", ALICE, "large_green_circle", ts), Map.of());
    assertThat(reactionEvents()).isEmpty();
  }

  @Test
  void unmappedReactionsAndOrdinaryMessagesAreAcknowledgedAndIgnored() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "lol");
    assertThat(
            scribe
                .event("Ev020", reaction("reaction_added", ALICE, "joy", ts), Map.of())
                .statusCode())
        .isEqualTo(200);
    String message =
        "{\"type\":\"message\",\"channel\":\""
            + CHANNEL
            + "\",\"user\":\""
            + BOB
            + "\",\"text\":\"hi\",\"ts\":\""
            + ts
            + "\"}";
    assertThat(scribe.event("Ev021", message, Map.of()).statusCode()).isEqualTo(200);
    assertThat(reactionEvents()).isEmpty();
  }

  @Test
  void aWorkspaceCanMapItsOwnReaction() throws Exception {
    scribe.pm(ALICE, CHANNEL, "config reaction :fire: impact");
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "everything is on fire");
    scribe.event("Ev030", reaction("reaction_added", ALICE, "fire", ts), Map.of());
    assertThat(reactionEvents())
        .singleElement()
        .extracting(TimelineEvent::marker)
        .isEqualTo(Marker.IMPACT);
  }

  @Test
  void aSkinToneCountsAsItsEmoji() throws Exception {
    scribe.pm(ALICE, CHANNEL, "config reaction :thumbsup::skin-tone-3: restored");
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "all green again");
    scribe.event("Ev031", reaction("reaction_added", ALICE, "thumbsup::skin-tone-5", ts), Map.of());
    assertThat(reactionEvents())
        .singleElement()
        .extracting(TimelineEvent::marker)
        .isEqualTo(Marker.RESTORED);
  }

  @Test
  void unsignedForgedAndStaleRequestsAreRejected() throws Exception {
    String body =
        "token=x&team_id=T0FAKE&channel_id=C0INC&user_id=U0ALICE&command=%2Fpm&text=event+hacked";
    String now = String.valueOf(System.currentTimeMillis() / 1000);
    String form = "application/x-www-form-urlencoded";
    assertThat(scribe.postSigned(body, form, null, null, Map.of()).statusCode()).isEqualTo(401);
    assertThat(scribe.postSigned(body, form, now, "v0=" + "0".repeat(64), Map.of()).statusCode())
        .isEqualTo(401);
    String stale = String.valueOf(System.currentTimeMillis() / 1000 - 600);
    String staleSignature =
        new com.slack.api.app_backend.SlackSignature.Generator(ScribeHarness.SECRET)
            .generate(stale, body);
    assertThat(scribe.postSigned(body, form, stale, staleSignature, Map.of()).statusCode())
        .isEqualTo(401);
    assertThat(events()).extracting(TimelineEvent::text).noneMatch(t -> t.contains("hacked"));
  }

  @Test
  void healthReportsTheDatabase() throws Exception {
    HttpResponse<String> health = scribe.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\":\"up\"");
    assertThat(scribe.get("/nope").statusCode()).isEqualTo(404);
  }
}
