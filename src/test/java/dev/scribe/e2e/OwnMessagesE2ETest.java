package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.scribe.demo.FakeMessage;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.TimelineEvent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scribe's own posts are not evidence: a reaction on one never becomes an event, whether Slack says
 * whose message it is ({@code item_user}, refused at the ack) or not (dropped once fetched). Other
 * apps' posts, alerts above all, stay taggable.
 */
class OwnMessagesE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0INC";
  static final Duration PATIENCE = Duration.ofSeconds(10);
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(BOB, "bob", "UTC");
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "event 2026-11-21T13:40Z impact: errors climb");
    scribe.pm(ALICE, CHANNEL, "resolve 2026-11-21T14:05Z");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void aCheckMarkOnTheDraftMessageAddsNoT8AndLeavesTheResolutionAlone() throws Exception {
    Instant resolvedAt = incident().resolvedAt();
    String draft = scribesDraftMessage();
    // Slack's own reaction_added, saying whose message it is (item_user): Scribe's bot user.
    HttpResponse<String> response =
        react("EvOWN1", "white_check_mark", draft, scribe.slack.botUserId());
    assertThat(response.statusCode()).isEqualTo(200);

    tagAPersonsMessageAndWaitForIt();
    assertThat(reactionEvents()).extracting(TimelineEvent::text).containsExactly("on it");
    assertThat(incident().resolvedAt()).isEqualTo(resolvedAt);
    // Refused at the ack from the payload alone: Slack was never asked about that message.
    assertThat(scribe.slack.calls("conversations.history"))
        .noneMatch(call -> call.param("latest").orElse("").equals(draft));
  }

  @Test
  void withoutItemUserTheFetchedAuthorDropsTheEventAndTheResolutionComesBack() throws Exception {
    Instant resolvedAt = incident().resolvedAt();
    String draft = scribesDraftMessage();
    react("EvOWN2", "white_check_mark", draft, null);
    react("EvOWN3", "rotating_light", draft, null);

    await().atMost(PATIENCE).until(() -> !scribe.scribe.taggedMessages().awaitingMessages());
    assertThat(reactionEvents()).isEmpty();
    assertThat(incident().resolvedAt()).isEqualTo(resolvedAt);
    assertThat(scribe.slack.calls("chat.postEphemeral"))
        .as("no 'recorded' confirmation for a dropped tag")
        .isEmpty();
  }

  @Test
  void anotherAppsAlertStaysTaggable() throws Exception {
    String alert =
        scribe.slack.postBotMessage(CHANNEL, "B0PAGER", "PagerDuty", "Triggered: checkout 5xx");
    react("EvOWN4", "rotating_light", alert, null);

    await()
        .atMost(PATIENCE)
        .until(() -> reactionEvents().stream().anyMatch(e -> !e.text().isEmpty()));
    assertThat(reactionEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.text()).isEqualTo("Triggered: checkout 5xx"));
    // Once the message is known not to be Scribe's, the tagger hears that it was recorded.
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                scribe.slack.ephemerals().stream()
                    .anyMatch(
                        n -> n.user().equals(ALICE) && n.text().startsWith(":pushpin: Recorded")));
  }

  /** Posts the draft and returns the ts of Scribe's message that shares it. */
  private String scribesDraftMessage() throws Exception {
    JsonObject ack = scribe.pm(ALICE, CHANNEL, "draft");
    assertThat(ScribeHarness.text(ack)).contains("Drafting");
    await().atMost(PATIENCE).until(() -> !botMessages().isEmpty());
    return botMessages().get(0).ts();
  }

  private List<FakeMessage> botMessages() {
    return scribe.slack.messages(CHANNEL).stream()
        .filter(m -> m.user().equals(scribe.slack.botUserId()))
        .toList();
  }

  private void tagAPersonsMessageAndWaitForIt() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "on it");
    react("EvPERSON", "eyes", ts, BOB);
    await()
        .atMost(PATIENCE)
        .until(() -> reactionEvents().stream().anyMatch(e -> e.text().equals("on it")));
  }

  /** Slack's {@code reaction_added} example, with this test's ids; no item_user when null. */
  private HttpResponse<String> react(String eventId, String emoji, String ts, String itemUser)
      throws Exception {
    JsonObject envelope =
        SlackFixtures.payload(
            "docs_reaction_added",
            Map.of(
                "T123ABC456", ScribeHarness.TEAM,
                "U123ABC456", ALICE,
                "U222222222", itemUser == null ? "" : itemUser,
                "C123ABC456", CHANNEL,
                "1360782400.498405", ts,
                "thumbsup", emoji,
                "Ev123ABC456", eventId));
    if (itemUser == null) {
      envelope.getAsJsonObject("event").remove("item_user");
    }
    return scribe.post(envelope.toString(), "application/json", Map.of());
  }

  private Incident incident() {
    return scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
  }

  private List<TimelineEvent> reactionEvents() {
    return scribe.scribe.timeline().events(incident()).stream()
        .filter(e -> e.source() == EventSource.REACTION)
        .toList();
  }
}
