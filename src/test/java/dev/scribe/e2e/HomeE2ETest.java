package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.scribe.actions.ActionStatus;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * App Home through the real app: published when opened, re-published after the changes it shows (an
 * item closed, an incident opened or resolved), its buttons handled by the reminder's handlers, its
 * pages turned and its post-mortems drafted, over signed requests.
 */
class HomeE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOSS = "U0BOSS";
  static final String CHANNEL = "C0INC";
  static final Duration WAIT = Duration.ofSeconds(10);

  final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  final AtomicInteger eventIds = new AtomicInteger();
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(clock);
    scribe.slack.addUser(ALICE, "alice", "Europe/Paris");
    scribe.slack.addUser(BOSS, "boss", "Europe/Paris");
    // The boss types due dates: Scribe knows their zone first, or the command waits for it.
    scribe.meet(BOSS);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void homeIsPublishedWhenOpenedAndFollowsTheIncidents() throws Exception {
    scribe.pm(BOSS, CHANNEL, "start Checkout errors sev:2");
    scribe.pm(BOSS, CHANNEL, "action Add an alert on queue depth <@" + ALICE + "|alice> due:+7d");

    open(ALICE);
    RecordedCall first = publishes(1).get(0);
    assertThat(first.param("user_id")).contains(ALICE);
    assertThat(view(first))
        .contains("Add an alert on queue depth", "INC-2026-001", "Checkout errors", "SEV2")
        .contains("scribe_action_done", "scribe_action_snooze", "scribe_action_due")
        .contains("No post-mortem is waiting");

    scribe.pm(BOSS, "C0PAY", "start Payments down");
    assertThat(awaitView(ALICE, v -> v.contains("Payments down"))).contains("Checkout errors");

    scribe.pm(BOSS, "C0PAY", "resolve");
    String resolved =
        awaitView(ALICE, v -> v.substring(v.indexOf("Post-mortems due")).contains("Payments down"));
    assertThat(resolved.substring(resolved.indexOf("Post-mortems due")))
        .contains("Payments down", "scribe_home_draft")
        .doesNotContain("No post-mortem is waiting");
  }

  @Test
  void doneOnHomeClosesTheItemAndUpdatesHome() throws Exception {
    scribe.pm(BOSS, CHANNEL, "start Checkout errors");
    scribe.pm(BOSS, CHANNEL, "action Add an alert on queue depth <@" + ALICE + "|alice>");
    open(ALICE);
    publishes(1);
    long itemId = item(1).item().id();

    HttpResponse<String> clicked = click(ALICE, "scribe_action_done", Long.toString(itemId));

    assertThat(clicked.statusCode()).isEqualTo(200);
    assertThat(item(1).item().status()).isEqualTo(ActionStatus.DONE);
    String after = awaitView(ALICE, v -> v.contains("Nothing open for you"));
    assertThat(after).doesNotContain("Add an alert on queue depth");
    assertThat(scribe.slack.calls("chat.update")).isEmpty();
  }

  @Test
  void theMessagesTabIsLeftAsItIs() throws Exception {
    HttpResponse<String> messagesTab =
        scribe.post(
            SlackPayloads.homeOpened(ScribeHarness.TEAM, nextEventId(), ALICE, "messages"),
            "application/json",
            Map.of());
    open(BOSS);

    assertThat(messagesTab.statusCode()).isEqualTo(200);
    assertThat(publishes(1).get(0).param("user_id")).contains(BOSS);
    Thread.sleep(1500);
    assertThat(scribe.slack.calls("views.publish"))
        .extracting(c -> c.param("user_id").orElseThrow())
        .containsOnly(BOSS);
  }

  @Test
  void pagesTurnAndAPostmortemIsDraftedFromHome() throws Exception {
    scribe.pm(BOSS, CHANNEL, "start Checkout errors");
    for (int n = 1; n <= 10; n++) {
      scribe.pm(BOSS, CHANNEL, "action Step " + n + " of the cleanup <@" + ALICE + "|alice>");
    }
    scribe.pm(BOSS, CHANNEL, "resolve");
    open(ALICE);
    String first = view(publishes(1).get(0));
    assertThat(first).contains("1–8 of 10", "Show more ›", "Step 8 of").doesNotContain("Step 9 of");

    click(ALICE, "scribe_home_next", "items:1");
    String second = awaitView(ALICE, v -> v.contains("9–10 of 10"));
    assertThat(second)
        .contains("Step 9 of", "Step 10 of", "‹ Previous")
        .doesNotContain("Step 8 of");

    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    click(ALICE, "scribe_home_draft", Long.toString(incident.id()));
    RecordedCall posted = scribe.slack.awaitCall("files.completeUploadExternal", WAIT);
    assertThat(posted.param("channel_id")).contains(CHANNEL);
  }

  private void open(String user) throws Exception {
    HttpResponse<String> r =
        scribe.post(
            SlackPayloads.homeOpened(ScribeHarness.TEAM, nextEventId(), user, "home"),
            "application/json",
            Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> click(String user, String actionId, String value) throws Exception {
    JsonObject payload = SlackPayloads.homeClick(ScribeHarness.TEAM, user, actionId, value);
    return scribe.post(SlackPayloads.form(payload), "application/x-www-form-urlencoded", Map.of());
  }

  /** The first view published to the user that {@code wanted} accepts, waiting for it. */
  private String awaitView(String user, Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (RecordedCall call : scribe.slack.calls("views.publish")) {
        if (call.param("user_id").orElse("").equals(user) && wanted.test(view(call))) {
          return view(call);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no such view published to "
            + user
            + "; published: "
            + scribe.slack.calls("views.publish"));
  }

  private List<RecordedCall> publishes(int count) {
    return scribe.slack.awaitCalls("views.publish", count, WAIT);
  }

  private dev.scribe.actions.IncidentAction item(int number) {
    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    long id = scribe.scribe.actionItems().list(incident).get(number - 1).id();
    return scribe.scribe.actionItems().byId(ScribeHarness.TEAM, id);
  }

  private String nextEventId() {
    return "EvHOME" + eventIds.incrementAndGet();
  }

  /** The published view's JSON, with Gson's escapes of {@code < > =} undone. */
  private static String view(RecordedCall publish) {
    return publish
        .param("view")
        .orElseThrow()
        .replace("\\u003c", "<")
        .replace("\\u003e", ">")
        .replace("\\u003d", "=")
        .replace("\\u0027", "'");
  }
}
