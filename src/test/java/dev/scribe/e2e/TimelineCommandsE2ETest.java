package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.inChannel;
import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.scribe.demo.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every timeline command through signed HTTP requests to the real app. */
class TimelineCommandsE2ETest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "Europe/Paris");
    // A workspace admin (some commands change the workspace's settings), whom Scribe has met.
    scribe.slack.makeAdmin(ALICE);
    scribe.meet(ALICE);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void aWholeIncidentFromStartToResolve() throws Exception {
    JsonObject started = scribe.pm(ALICE, CHANNEL, "start Checkout errors in EU sev:2");
    assertThat(inChannel(started)).isTrue();
    assertThat(text(started)).contains("INC-2026-001").contains("Checkout errors").contains("SEV2");

    // 14:40 in Paris is 13:40 UTC.
    JsonObject impact = scribe.pm(ALICE, CHANNEL, "event 14:40 impact: error rate climbs");
    assertThat(inChannel(impact)).isTrue();
    assertThat(text(impact))
        .contains("#2")
        .contains("2026-11-21 14:40 CET (13:40 UTC)")
        .contains("T1 impact")
        .contains("error rate climbs");
    scribe.pm(ALICE, CHANNEL, "event -20m ack: on-call acknowledged");
    scribe.pm(ALICE, CHANNEL, "event 2026-11-21T13:58Z restored: error rate back to normal");

    JsonObject timeline = scribe.pm(ALICE, CHANNEL, "timeline");
    assertThat(inChannel(timeline)).isFalse();
    assertThat(text(timeline))
        .contains("4 events")
        .contains("time to detect (MTTD): *10 min*")
        .contains("time to restore (impact duration): *18 min*");

    JsonObject edited = scribe.pm(ALICE, CHANNEL, "edit 3 14:45");
    assertThat(text(edited)).contains("#3").contains("14:45 CET").contains("T3 ack");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "timeline")))
        .contains("time to detect (MTTD): *5 min*");

    JsonObject set = scribe.pm(ALICE, CHANNEL, "set summary A bad config push broke checkout.");
    assertThat(text(set)).contains("summary").contains("A bad config push");

    JsonObject resolved = scribe.pm(ALICE, CHANNEL, "resolve 15:05");
    assertThat(text(resolved))
        .contains("resolved at 2026-11-21 15:05 CET (14:05 UTC)")
        .contains("Time to resolve (MTTR): *25 min*");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "delete 2"))).contains("Removed");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "timeline")))
        .doesNotContain("#2 ·")
        .doesNotContain("time to detect");
  }

  @Test
  void anEventWithoutAnIncidentStartsOneAndSaysSo() throws Exception {
    JsonObject response = scribe.pm(ALICE, CHANNEL, "event page: PagerDuty fired");
    assertThat(text(response))
        .contains("No incident was open here")
        .contains("INC-2026-001")
        .contains("T2 alert");
  }

  @Test
  void badInputGetsAFriendlyEphemeralAnswerAndWritesNothing() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    String[][] cases = {
      {"frobnicate", "I don't know `/pm frobnicate`"},
      {"event 25:03 something", "25:03"},
      {"event ackd: on-call", "Did you mean"},
      {"event 14:03", "Tell me what happened"},
      {"event 2027-01-01 10:00 from the future", "future"},
      {"event " + "x".repeat(3001), "3,001 characters"},
      {"edit 99 14:03 fixed", "no event #99"},
      {"edit abc", "not an event number"},
      {"delete", "Which event"},
      {"set colour blue", "not a field"},
      {"set severity sev9", "not a severity"},
      {"start Another one", "already open"},
      {"config reaction :fire: explode", "not a marker"},
    };
    for (String[] c : cases) {
      JsonObject response = scribe.pm(ALICE, CHANNEL, c[0]);
      assertThat(inChannel(response)).as(c[0]).isFalse();
      assertThat(text(response)).as(c[0]).contains(c[1]).contains("For example: `/pm");
    }
    assertThat(text(scribe.pm(ALICE, CHANNEL, "timeline"))).contains("1 event");
  }

  @Test
  void severityIsReadOnlyWhenItIsOne() throws Exception {
    assertThat(text(scribe.pm(ALICE, CHANNEL, "start Payments down in Seville")))
        .contains("Payments down in Seville")
        .doesNotContain("SEV");
    scribe.pm(ALICE, CHANNEL, "resolve");
    assertThat(text(scribe.pm(ALICE, "C0TWO", "start Checkout degraded severely sev 3")))
        .contains("Checkout degraded severely · SEV3");
    assertThat(text(scribe.pm(ALICE, "C0THREE", "start Search slow sev:9")))
        .contains(":warning:")
        .contains("not a severity");
  }

  @Test
  void confirmationsCanBeMadeEphemeralForTheWorkspace() throws Exception {
    scribe.pm(ALICE, CHANNEL, "config confirmations ephemeral");
    assertThat(inChannel(scribe.pm(ALICE, CHANNEL, "event something happened"))).isFalse();
    scribe.pm(ALICE, CHANNEL, "config confirmations channel");
    assertThat(inChannel(scribe.pm(ALICE, CHANNEL, "event something else"))).isTrue();
  }

  @Test
  void workspacesNeverSeeEachOthersIncidents() throws Exception {
    scribe.pm("T0OTHER", ALICE, CHANNEL, "start Their secret incident");
    JsonObject ours = scribe.pm(ALICE, CHANNEL, "timeline");
    assertThat(text(ours)).contains("no incident in this channel").doesNotContain("secret");
  }

  @Test
  void helpListsEveryCommandWithExamples() throws Exception {
    String help = text(scribe.pm(ALICE, CHANNEL, "help"));
    for (String command :
        new String[] {
          "start", "event", "timeline", "edit", "delete", "set", "resolve", "reopen", "config"
        }) {
      assertThat(help).contains("/pm " + command);
    }
  }
}
