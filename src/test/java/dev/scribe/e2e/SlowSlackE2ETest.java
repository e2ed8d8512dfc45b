package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scribe.actions.ActionItem;
import dev.scribe.demo.ResponseUrlPost;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's three seconds, whatever Slack's Web API does: with {@code users.info} answering after 10
 * seconds, a slash command, a button and a modal submission from someone Scribe has never seen are
 * all acknowledged at once; what needs their zone lands in their real zone once Slack answers, as
 * of the moment they typed it, and the answer comes through the command's {@code response_url}.
 */
class SlowSlackE2ETest {

  static final String ALICE = "U0ALICE";
  static final String KENJI = "U0KENJI";
  static final String AROHA = "U0AROHA";
  static final String CHANNEL = "C0INC";
  static final Duration SLOW = Duration.ofSeconds(10);
  static final Duration PATIENCE = Duration.ofSeconds(30);
  // 14:58 UTC is 23:58 in Tokyo.
  final SettableClock clock = SettableClock.at("2026-11-21T14:58:00Z");
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(clock);
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(KENJI, "kenji", "Asia/Tokyo");
    scribe.slack.addUser(AROHA, "aroha", "Pacific/Auckland");
    scribe.meet(ALICE);
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void aClockTimeFromSomeoneNewIsAckedAtOnceAndLandsInTheirZoneAsOfWhenTheyTypedIt()
      throws Exception {
    scribe.slack.delayNext("users.info", SLOW);

    JsonObject ack = timed(() -> scribe.pm(KENJI, CHANNEL, "event 00:01 ack: kenji on it"));

    assertThat(ack.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(ScribeHarness.text(ack)).contains(":hourglass_flowing_sand:").contains("time zone");
    // By the time Slack answers it is 00:02 on the 22nd in Tokyo; typed at 23:58 on the 21st,
    // "00:01" meant that day's 00:01, and still does.
    clock.advance(Duration.ofMinutes(4));
    ResponseUrlPost answer = scribe.slack.awaitResponses(1, PATIENCE).get(0);
    assertThat(answer.text())
        .contains("#2")
        .contains("2026-11-21 00:01 JST (2026-11-20 15:01 UTC)")
        .contains("kenji on it");
    assertThat(answer.body().get("response_type").getAsString()).isEqualTo("in_channel");
    TimelineEvent event = event("kenji on it");
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-20T15:01:00Z"));
    assertThat(event.marker()).isEqualTo(Marker.ACK);
    assertThat(event.recordedAt()).isEqualTo(Instant.parse("2026-11-21T14:58:00Z"));
  }

  @Test
  void ifSlackNeverSaysTheZoneTheCommandIsDoneInTheDefaultZoneAndTheAnswerSaysSo()
      throws Exception {
    for (int i = 0; i < 50; i++) {
      scribe.slack.failNextWithError("users.info", "fatal_error");
    }
    timed(() -> scribe.pm(KENJI, CHANNEL, "event 23:30 ack: paged again"));

    clock.advance(Duration.ofMinutes(6));
    ResponseUrlPost answer = scribe.slack.awaitResponses(1, PATIENCE).get(0);

    assertThat(answer.text())
        .contains("2026-11-20 23:30 UTC")
        .contains("Slack did not tell me your time zone in time, so times were read in UTC");
    assertThat(events("paged again")).hasSize(1);
  }

  @Test
  void aRetypedCommandIsOneEventWhetherItWaitedOrNot() throws Exception {
    scribe.slack.delayNext("users.info", SLOW);
    String command = "event 23:50 fix: rolled back the config";

    timed(() -> scribe.pm(KENJI, CHANNEL, command));
    timed(() -> scribe.pm(KENJI, CHANNEL, command));
    List<ResponseUrlPost> answers = scribe.slack.awaitResponses(2, PATIENCE);
    // Once Scribe knows Kenji, the same words again are answered at once.
    String third = ScribeHarness.text(scribe.pm(KENJI, CHANNEL, command));

    assertThat(events("rolled back the config")).hasSize(1);
    int number = events("rolled back the config").get(0).number();
    assertThat(answers)
        .extracting(ResponseUrlPost::text)
        .anySatisfy(t -> assertThat(t).contains("#" + number).doesNotContain("Already"))
        .anySatisfy(t -> assertThat(t).contains("Already recorded as #" + number));
    assertThat(third).contains("Already recorded as #" + number);
    // Past the window, the same words are a new event.
    clock.advance(Duration.ofMinutes(3));
    scribe.pm(KENJI, CHANNEL, command);
    assertThat(events("rolled back the config")).hasSize(2);
  }

  @Test
  void whatDoesNotNeedTheZoneNeverWaits() throws Exception {
    for (String command :
        List.of(
            "event -15m impact: errors climb",
            "event 14:03 UTC alert: pager fired",
            "event 2026-11-21T23:50+09:00 investigating: dashboards",
            "event looking at the logs")) {
      scribe.slack.delayNext("users.info", SLOW);
      JsonObject ack = timed(() -> scribe.pm(KENJI, CHANNEL, command));
      assertThat(ScribeHarness.text(ack)).as(command).contains(":pushpin:").contains("#");
    }
    assertThat(events("pager fired").get(0).occurredAt())
        .isEqualTo(Instant.parse("2026-11-21T14:03:00Z"));
    assertThat(scribe.slack.responses()).isEmpty();
  }

  @Test
  void aSnoozeClickFromSomeoneNewIsAckedAtOnceAndCountsTheWeekFromTheirDay() throws Exception {
    scribe.pm(ALICE, CHANNEL, "action Fix the config validator due:2026-11-30");
    long itemId = item().id();
    scribe.slack.delayNext("users.info", SLOW);

    HttpResponse<String> ack = timed(() -> snooze(itemId));

    assertThat(ack.statusCode()).isEqualTo(200);
    // 03:58 on 22 November in Auckland, still the 21st in UTC: a week from Aroha's today.
    await().atMost(PATIENCE).until(() -> item().snoozedUntil() != null);
    assertThat(item().snoozedUntil()).isEqualTo(LocalDate.parse("2026-11-29"));
  }

  @Test
  void aDueDateSubmittedBySomeoneNewIsAckedAtOnceAndKeptAsPicked() throws Exception {
    scribe.pm(ALICE, CHANNEL, "action Fix the config validator due:2026-11-30");
    long itemId = item().id();
    scribe.slack.delayNext("users.info", SLOW);

    // 22 November is Aroha's today, though not yet UTC's: not refused as "in the past".
    HttpResponse<String> ack = timed(() -> submitDueDate(itemId, "2026-11-22"));

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).doesNotContain("errors");
    assertThat(item().dueDate()).isEqualTo(LocalDate.parse("2026-11-22"));
  }

  @Test
  void boltNeverAsksAuthTestInFrontOfAnAck() throws Exception {
    int atStart = scribe.slack.calls("auth.test").size();
    scribe.slack.delayNext("auth.test", SLOW);

    timed(() -> scribe.pm(ALICE, CHANNEL, "event -1m note: still here"));

    assertThat(scribe.slack.calls("auth.test")).hasSize(atStart);
    // Bolt would ask again once its cached answer is ten minutes old; Scribe keeps it for good
    // (a negative expiry is Bolt's "never expires").
    assertThat(scribe.app.bolt().config().getAuthTestCacheExpirationMillis()).isNegative();
  }

  /** Runs a request and checks it was answered well within Slack's three seconds. */
  private static <T> T timed(Callable<T> request) throws Exception {
    long start = System.nanoTime();
    T result = request.call();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    return result;
  }

  private List<TimelineEvent> events(String text) {
    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    return scribe.scribe.timeline().events(incident).stream()
        .filter(e -> e.text().contains(text))
        .toList();
  }

  private TimelineEvent event(String text) {
    await().atMost(PATIENCE).until(() -> !events(text).isEmpty());
    return events(text).get(0);
  }

  private ActionItem item() {
    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    return scribe.scribe.actionItems().list(incident).get(0);
  }

  private HttpResponse<String> snooze(long itemId) throws Exception {
    JsonObject payload = interaction("block_actions");
    JsonObject container = object("type", "message");
    container.addProperty("message_ts", "1795300000.000100");
    container.addProperty("channel_id", "D0AROHA");
    payload.add("container", container);
    payload.add("channel", object("id", "D0AROHA"));
    payload.addProperty("response_url", scribe.slack.newResponseUrl());
    JsonObject action = object("action_id", "scribe_action_snooze");
    action.addProperty("block_id", "scribe-item-" + itemId + "-actions");
    action.addProperty("value", Long.toString(itemId));
    action.addProperty("type", "button");
    action.addProperty("action_ts", "1795300001.000001");
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return post(payload);
  }

  private HttpResponse<String> submitDueDate(long itemId, String date) throws Exception {
    JsonObject picked = object("type", "datepicker");
    picked.addProperty("selected_date", date);
    JsonObject block = new JsonObject();
    block.add("date", picked);
    JsonObject values = new JsonObject();
    values.add("due", block);
    JsonObject state = new JsonObject();
    state.add("values", values);
    JsonObject view = object("id", "V0DUE");
    view.addProperty("type", "modal");
    view.addProperty("callback_id", "scribe_action_due_modal");
    view.addProperty("private_metadata", itemId + "|D0AROHA|1795300000.000100");
    view.add("state", state);
    JsonObject payload = interaction("view_submission");
    payload.add("view", view);
    return post(payload);
  }

  /** A button click or a modal submission from Aroha, whom Scribe has not met. */
  private JsonObject interaction(String type) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", type);
    payload.add("team", object("id", ScribeHarness.TEAM));
    payload.add("user", object("id", AROHA));
    payload.addProperty("api_app_id", "A0SCRIBE");
    payload.addProperty("token", "legacy");
    payload.addProperty("trigger_id", "1337.42.trigger");
    return payload;
  }

  private HttpResponse<String> post(JsonObject payload) throws Exception {
    String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    return scribe.post(body, "application/x-www-form-urlencoded", Map.of());
  }

  private static JsonObject object(String key, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(key, value);
    return o;
  }
}
