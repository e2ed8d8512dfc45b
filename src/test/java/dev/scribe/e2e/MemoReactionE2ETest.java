package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.actions.ActionItem;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tagging a message with :memo: (or the workspace's own action-item reaction) records it as an
 * action item of the channel's incident, owned by the first person it mentions, once per message.
 */
class MemoReactionE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String DANA = "U0DANA";
  static final String CHANNEL = "C0INC";
  static final Duration WAIT = Duration.ofSeconds(10);

  ScribeHarness scribe;
  Incident incident;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T15:30:00Z"));
    scribe.slack.addUser(ALICE, "alice", "Europe/Berlin");
    scribe.slack.addUser(BOB, "bob", "Europe/Berlin");
    scribe.slack.addUser(DANA, "dana", "Europe/Berlin");
    // A workspace admin (reactions are mapped for the whole workspace), whom Scribe has met.
    scribe.slack.makeAdmin(ALICE);
    scribe.meet(ALICE);
    scribe.pm(ALICE, CHANNEL, "start Checkout returns 500s");
    incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void memoRecordsTheMessageAsAnItemOwnedByItsFirstMentionOnce() throws Exception {
    String text = "<@" + BOB + "> please add a canary for config pushes, with <@" + DANA + ">";
    String ts = scribe.slack.postUserMessage(CHANNEL, ALICE, text);

    assertThat(react("EvMEMO1", DANA, "memo", ts, Map.of()).statusCode()).isEqualTo(200);

    RecordedCall note = scribe.slack.awaitCall("chat.postEphemeral", WAIT);
    assertThat(note.param("user")).contains(DANA);
    assertThat(note.param("text").orElseThrow())
        .contains("action item *#1*", "INC-2026-001", "/pm action edit 1 @owner due:");
    ActionItem item = only();
    assertThat(item.text()).isEqualTo(text);
    assertThat(item.ownerId()).isEqualTo(BOB);
    assertThat(item.createdBy()).isEqualTo(DANA);

    // Slack retries the same delivery; someone else tags the same message.
    react("EvMEMO1", DANA, "memo", ts, Map.of("X-Slack-Retry-Num", "1"));
    react("EvMEMO2", ALICE, "memo", ts, Map.of());
    List<RecordedCall> notes = scribe.slack.awaitCalls("chat.postEphemeral", 2, WAIT);
    assertThat(notes.get(1).param("user")).contains(ALICE);
    assertThat(notes.get(1).param("text").orElseThrow()).contains("already action item *#1*");
    Thread.sleep(500);
    assertThat(scribe.slack.calls("chat.postEphemeral")).hasSize(2);
    assertThat(only().id()).isEqualTo(item.id());
  }

  @Test
  void aMessageWithoutMentionsGivesAnItemWithoutOwner() throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, ALICE, "we need a runbook for failover");

    react("EvMEMO3", ALICE, "memo", ts, Map.of());

    RecordedCall note = scribe.slack.awaitCall("chat.postEphemeral", WAIT);
    assertThat(note.param("text").orElseThrow()).contains("Owner: none yet");
    assertThat(only().owner()).isEmpty();
    assertThat(only().text()).isEqualTo("we need a runbook for failover");
  }

  @Test
  void theActionItemReactionIsConfigurable() throws Exception {
    scribe.pm(ALICE, CHANNEL, "config reaction :ballot_box_with_check: action");
    scribe.pm(ALICE, CHANNEL, "config reaction :memo: off");
    assertThat(ScribeHarness.text(scribe.pm(ALICE, CHANNEL, "config")))
        .contains(":ballot_box_with_check: → action item")
        .doesNotContain(":memo:");
    String ts = scribe.slack.postUserMessage(CHANNEL, ALICE, "<@" + BOB + "> rotate the keys");

    react("EvMEMO4", ALICE, "memo", ts, Map.of());
    react("EvMEMO5", ALICE, "ballot_box_with_check", ts, Map.of());

    await().atMost(WAIT).until(() -> !items().isEmpty() && items().get(0).ownerId() != null);
    assertThat(only().text()).isEqualTo("<@" + BOB + "> rotate the keys");
  }

  private HttpResponse<String> react(
      String eventId, String user, String reaction, String ts, Map<String, String> headers)
      throws Exception {
    String body =
        SlackPayloads.reactionAdded(ScribeHarness.TEAM, eventId, user, reaction, CHANNEL, ts);
    return scribe.post(body, "application/json", headers);
  }

  private List<ActionItem> items() {
    return scribe.scribe.actionItems().list(incident);
  }

  private ActionItem only() {
    await()
        .atMost(WAIT)
        .until(() -> items().size() == 1 && !items().get(0).text().startsWith("(the tagged"));
    return items().get(0);
  }
}
