package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scribe learns people's zones before they type times: the channel's members when an incident
 * starts, and whoever joins the channel later; so their first clock time is recorded at once.
 */
class KnowingPeopleE2ETest {

  static final String ALICE = "U0ALICE";
  static final String KENJI = "U0KENJI";
  static final String MARIA = "U0MARIA";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    // 14:10 UTC: 23:10 in Tokyo, 11:10 in São Paulo.
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(KENJI, "kenji", "Asia/Tokyo");
    scribe.slack.addUser(MARIA, "maria", "America/Sao_Paulo");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void whenAnIncidentStartsItsChannelsMembersBecomeKnown() throws Exception {
    scribe.slack.join(CHANNEL, ALICE, KENJI);

    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.awaitKnown(KENJI);

    assertThat(scribe.slack.calls("conversations.members")).isNotEmpty();
    assertThat(text(scribe.pm(KENJI, CHANNEL, "event 23:02 ack: paged")))
        .contains(":pushpin: #2")
        .contains("2026-11-21 23:02 JST (14:02 UTC)");
  }

  @Test
  void someoneWhoJoinsTheChannelBecomesKnown() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    String joined =
        "{\"type\":\"member_joined_channel\",\"user\":\""
            + MARIA
            + "\",\"channel\":\""
            + CHANNEL
            + "\",\"channel_type\":\"C\",\"team\":\""
            + ScribeHarness.TEAM
            + "\",\"inviter\":\""
            + ALICE
            + "\",\"event_ts\":\"1795270200.000100\"}";

    assertThat(scribe.event("EvJOIN", joined, Map.of()).statusCode()).isEqualTo(200);
    scribe.awaitKnown(MARIA);

    assertThat(text(scribe.pm(MARIA, CHANNEL, "event 11:05 impact: customers report errors")))
        .contains(":pushpin: #2")
        .contains("2026-11-21 11:05 BRT (14:05 UTC)");
    assertThat(scribe.slack.calls("users.info"))
        .filteredOn(call -> call.param("user").orElse("").equals(MARIA))
        .hasSize(1);
  }
}
