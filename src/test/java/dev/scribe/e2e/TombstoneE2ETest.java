package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.TimelineEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message deleted while it has thread replies stays in the channel as a tombstone: Slack sends
 * {@code message_changed} whose message has subtype {@code tombstone} and the text "This message
 * was deleted." It is a deletion: the tagged words stay on the timeline, marked deleted.
 */
class TombstoneE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(BOB, "bob", "UTC");
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sdk_message_changed_tombstone, C111, 1626774922.004400",
    "sdk_message_changed_tombstone_no_previous, C03E94MKU, 1626775604.004900"
  })
  void aTombstoneKeepsTheWordsAndMarksTheEventDeleted(
      String fixture, String fixtureChannel, String fixtureTs) throws Exception {
    String ts = scribe.slack.postUserMessage(CHANNEL, BOB, "the config push at 14:02 broke it");
    scribe.slack.postThreadReply(CHANNEL, ts, ALICE, "agreed");
    scribe.requests.reaction(ALICE, "bulb", CHANNEL, ts);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> reactionEvents().stream().anyMatch(e -> !e.text().isEmpty()));

    JsonObject tombstone =
        SlackFixtures.payload(
            fixture,
            Map.of(
                fixtureChannel, CHANNEL, fixtureTs, ts, "U111", BOB, "T111", ScribeHarness.TEAM));
    assertThat(scribe.event("EvTOMB", tombstone.toString(), Map.of()).statusCode()).isEqualTo(200);

    assertThat(reactionEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text()).isEqualTo("the config push at 14:02 broke it");
              assertThat(e.sourceMessageDeleted()).isTrue();
            });
  }

  private List<TimelineEvent> reactionEvents() {
    Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
    return scribe.scribe.timeline().events(incident).stream()
        .filter(e -> e.source() == EventSource.REACTION)
        .toList();
  }
}
