package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import dev.scribe.incident.Incident;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "Add to incident timeline" message shortcut through the real app: shortcut → modal →
 * submission → an event at the message's own time with its author and link, once per message.
 */
class ShortcutE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0INC";
  static final String SUPPORT = "C0SUPPORT";
  static final Duration WAIT = Duration.ofSeconds(10);

  ScribeHarness scribe;
  Incident incident;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T15:30:00Z"));
    scribe.slack.addUser(ALICE, "alice", "Europe/Berlin");
    scribe.slack.addUser(BOB, "bob", "Europe/Berlin");
    scribe.pm(ALICE, CHANNEL, "start Checkout returns 500s sev:2");
    incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void aThreadReplyInAnotherChannelIsRecordedAtItsOwnTimeOnce() throws Exception {
    String parent = scribe.slack.postUserMessage(SUPPORT, BOB, "Customer: checkout fails");
    String text = "Confirmed: card payments fail since 14:02 for <@" + ALICE + ">";
    String reply = scribe.slack.postThreadReply(SUPPORT, parent, BOB, text);

    JsonObject modal = shortcut(ALICE, SUPPORT, message(reply, parent, BOB, text), 1);
    assertThat(modal.get("callback_id").getAsString()).isEqualTo("scribe_add_to_timeline_modal");
    assertThat(modal.toString()).contains("INC-2026-001", "Confirmed: card payments fail");

    HttpResponse<String> submitted = submit(modal, incident.id(), "IMPACT", "Card payments fail");
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(submitted.body()).contains("\"response_action\":\"update\"", "Added to");

    TimelineEvent event = captured(reply);
    assertThat(event.occurredAt()).isEqualTo(postedAt(reply));
    assertThat(event.marker()).isEqualTo(Marker.IMPACT);
    assertThat(event.text()).isEqualTo("Card payments fail");
    assertThat(event.authorId()).isEqualTo(BOB);
    assertThat(event.recordedBy()).isEqualTo(ALICE);
    assertThat(event.source()).isEqualTo(EventSource.SHORTCUT);
    // Slack's own permalink (chat.getPermalink, after the ack) replaces the one built from parts.
    await()
        .atMost(WAIT)
        .until(() -> captured(reply).link().orElse("").startsWith("https://fake-slack.example/"));
    assertThat(captured(reply).permalink()).contains("thread_ts=" + parent);

    JsonObject again = shortcut(ALICE, SUPPORT, message(reply, parent, BOB, text), 2);
    HttpResponse<String> second = submit(again, incident.id(), "CAUSE", "Card payments fail");
    assertThat(second.body()).contains("already event #" + event.number());
    assertThat(capturedEvents(reply)).hasSize(1);
    assertThat(captured(reply).marker()).isEqualTo(Marker.CAUSE);

    scribe.pm(ALICE, CHANNEL, "draft");
    await()
        .atMost(WAIT)
        .until(() -> scribe.slack.uploadedFiles().stream().anyMatch(UploadedFile::completed));
    UploadedFile markdown =
        scribe.slack.uploadedFiles().stream()
            .filter(f -> !f.title().contains("timeline"))
            .findFirst()
            .orElseThrow();
    assertThat(new String(markdown.bytes(), StandardCharsets.UTF_8))
        .contains("](" + captured(reply).permalink() + ")");
  }

  @Test
  void aMessageTaggedWithAReactionIsUpdatedNotDuplicated() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "on-call here, looking");
    scribe.requests.reaction(BOB, "eyes", CHANNEL, ts);
    TimelineEvent tagged = captured(ts);
    assertThat(tagged.source()).isEqualTo(EventSource.REACTION);

    JsonObject modal = shortcut(ALICE, CHANNEL, message(ts, null, BOB, "on-call here"), 1);
    assertThat(modal.toString())
        .contains("Already on *INC-2026-001* as event #" + tagged.number())
        .contains("\"initial_option\"");
    JsonObject initialIncident = initialOption(modal, "incident");
    assertThat(initialIncident.get("value").getAsString()).isEqualTo(incident.id() + "");
    assertThat(initialOption(modal, "marker").get("value").getAsString()).isEqualTo("ACK");

    submit(modal, incident.id(), "ACK", "on-call (bob) acknowledged");

    assertThat(capturedEvents(ts)).hasSize(1);
    assertThat(captured(ts).text()).isEqualTo("on-call (bob) acknowledged");
    assertThat(captured(ts).occurredAt()).isEqualTo(postedAt(ts));
  }

  @Test
  void problemsAreShownNextToTheirField() throws Exception {
    String ts = scribe.slack.postUserMessage(SUPPORT, BOB, "hello");
    JsonObject modal = shortcut(ALICE, SUPPORT, message(ts, null, BOB, "hello"), 1);

    HttpResponse<String> empty = submit(modal, incident.id(), "NOTE", "   ");
    HttpResponse<String> gone = submit(modal, 999_999, "NOTE", "hello");

    assertThat(JsonParser.parseString(empty.body()).getAsJsonObject().toString())
        .contains("\"response_action\":\"errors\"", "\"text\"", "cannot be empty");
    assertThat(gone.body()).contains("\"response_action\":\"errors\"", "\"incident\"", "no longer");
    assertThat(capturedEvents(ts)).isEmpty();
  }

  @Test
  void withNoIncidentAnywhereTheModalSaysHowToStartOne() throws Exception {
    scribe.pm(ALICE, CHANNEL, "resolve");
    scribe.clock.advance(Duration.ofDays(8));
    String ts = scribe.slack.postUserMessage(SUPPORT, BOB, "hello");

    JsonObject modal = shortcut(ALICE, SUPPORT, message(ts, null, BOB, "hello"), 1);

    assertThat(modal.toString()).contains("/pm start TITLE").doesNotContain("\"submit\"");
  }

  @Test
  void onScribesOwnMessageTheModalSaysWhyAndOffersNothingToSave() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, scribe.slack.botUserId(), "reminder");
    JsonObject byItsUser = message(ts, null, scribe.slack.botUserId(), ":pushpin: #1 recorded");
    JsonObject byItsBotId = message(ts, null, null, ":pushpin: #1 recorded");
    byItsBotId.addProperty("bot_id", "B0SCRIBE");

    for (JsonObject own : List.of(byItsUser, byItsBotId)) {
      int n = scribe.slack.calls("views.open").size() + 1;
      JsonObject modal = shortcut(ALICE, CHANNEL, own, n);

      assertThat(modal.toString()).contains("Scribe's own message").doesNotContain("\"submit\"");
    }
    assertThat(capturedEvents(ts)).isEmpty();
  }

  /** Posts the shortcut; returns the modal opened for it (the {@code n}th views.open). */
  private JsonObject shortcut(String user, String channel, JsonObject message, int n)
      throws Exception {
    JsonObject payload =
        SlackPayloads.messageShortcut(
            ScribeHarness.TEAM, user, channel, "add_to_timeline", message);
    HttpResponse<String> r =
        scribe.post(SlackPayloads.form(payload), "application/x-www-form-urlencoded", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    RecordedCall opened = scribe.slack.awaitCalls("views.open", n, WAIT).get(n - 1);
    assertThat(opened.param("trigger_id")).contains(payload.get("trigger_id").getAsString());
    return opened.json("view").orElseThrow().getAsJsonObject();
  }

  private HttpResponse<String> submit(JsonObject modal, long incidentId, String marker, String text)
      throws Exception {
    JsonObject payload =
        SlackPayloads.viewSubmission(
            ScribeHarness.TEAM,
            ALICE,
            modal,
            Map.of(
                "incident", SlackPayloads.selected(Long.toString(incidentId)),
                "marker", SlackPayloads.selected(marker),
                "text", SlackPayloads.typed(text)));
    return scribe.post(SlackPayloads.form(payload), "application/x-www-form-urlencoded", Map.of());
  }

  private static JsonObject message(String ts, String threadTs, String user, String text) {
    JsonObject m = new JsonObject();
    m.addProperty("type", "message");
    m.addProperty("ts", ts);
    if (user != null) {
      m.addProperty("user", user);
    }
    m.addProperty("text", text);
    if (threadTs != null) {
      m.addProperty("thread_ts", threadTs);
    }
    return m;
  }

  private static JsonObject initialOption(JsonObject modal, String blockId) {
    for (var block : modal.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
        return b.getAsJsonObject("element").getAsJsonObject("initial_option");
      }
    }
    throw new AssertionError("no block " + blockId);
  }

  private List<TimelineEvent> capturedEvents(String ts) {
    Instant postedAt = postedAt(ts);
    return scribe.scribe.timeline().events(incident).stream()
        .filter(e -> e.source() != EventSource.COMMAND)
        .filter(e -> e.occurredAt().equals(postedAt))
        .toList();
  }

  /** The post time in the ts (whatever the channel), to the millisecond Scribe stores. */
  private static Instant postedAt(String ts) {
    return new MessageRef(CHANNEL, ts).postedAt().truncatedTo(ChronoUnit.MILLIS);
  }

  private TimelineEvent captured(String ts) {
    List<TimelineEvent> events = capturedEvents(ts);
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
