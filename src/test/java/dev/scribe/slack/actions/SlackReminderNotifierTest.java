package dev.scribe.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.scribe.actions.FakeUserDirectory;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.actions.TestData;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackReminderNotifierTest {

  private final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  private final FakeSlackApi slack = FakeSlackApi.start(clock);
  private final FakeUserDirectory users = new FakeUserDirectory().with("UBOB", "Europe/Paris");
  private final SlackReminderNotifier notifier =
      SlackReminderNotifier.of(client(slack, 2_000), users);
  private final ReminderKey key =
      new ReminderKey(
          TestData.TEAM, "UALICE", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER);
  private final ReminderMessage message =
      new ReminderMessage(
          key,
          ZoneId.of("Europe/Paris"),
          List.of(
              new IncidentAction(
                  TestData.incident(1, "UBOSS"),
                  TestData.item(7, 1, "UALICE", LocalDate.parse("2026-11-20")))),
          0);

  SlackReminderNotifierTest() {
    slack.addUser("UALICE", "alice", "Europe/Paris");
  }

  static MethodsClient client(FakeSlackApi slack, int readTimeoutMillis) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.methodsUrl());
    config.setStatsEnabled(false);
    config.setHttpClientReadTimeoutMillis(readTimeoutMillis);
    return Slack.getInstance(config).methods("xoxb-test");
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void sendsADirectMessageTaggedWithItsKeyAndWithButtons() {
    Delivery delivery = notifier.send(message);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    RecordedCall post = slack.lastCall("chat.postMessage").orElseThrow();
    assertThat(post.param("channel")).contains("UALICE");
    assertThat(slack.calls("conversations.open")).isEmpty();
    String dm = ((Delivery.Sent) delivery).ref().split("/")[0];
    assertThat(dm).startsWith("D");
    assertThat(((Delivery.Sent) delivery).ref())
        .isEqualTo(dm + "/" + slack.messages(dm).get(0).ts());
    JsonElement metadata = post.json("metadata").orElseThrow();
    assertThat(metadata.getAsJsonObject().get("event_type").getAsString())
        .isEqualTo("scribe_reminder");
    assertThat(metadata.getAsJsonObject().getAsJsonObject("event_payload").get("key").getAsString())
        .isEqualTo(key.asText());
    String blocks = post.param("blocks").orElseThrow();
    assertThat(blocks)
        .contains(ReminderBlocks.DONE, ReminderBlocks.SNOOZE, ReminderBlocks.CHANGE_DUE, "\"7\"");
    assertThat(post.param("text")).contains("You have 1 overdue action item.");
  }

  @Test
  void findsAMessageAlreadyDeliveredAndOnlyThatOne() {
    notifier.send(message);
    ReminderKey tomorrow =
        new ReminderKey(key.teamId(), key.recipientId(), key.period().plusDays(1), key.kind());
    assertThat(notifier.findDelivered(key, clock.instant())).isInstanceOf(Lookup.Found.class);
    assertThat(notifier.findDelivered(tomorrow, clock.instant()))
        .isInstanceOf(Lookup.NotFound.class);
    assertThat(slack.lastCall("conversations.history").orElseThrow().param("include_all_metadata"))
        .contains("1");
  }

  @Test
  void rateLimitingIsRetriedAfterRetryAfter() {
    slack.failNext("chat.postMessage", 429, 30);
    assertThat(notifier.send(message))
        .isEqualTo(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "HTTP 429", false));
  }

  @Test
  void serverErrorsAndTimeoutsAreRetriedUnknownUsersAreNot() {
    slack.failNext("chat.postMessage", 503, null);
    assertThat(notifier.send(message)).isEqualTo(Delivery.RetryLater.notDelivered("HTTP 503"));

    slack.failNextWithError("chat.postMessage", "internal_error");
    assertThat(notifier.send(message))
        .isEqualTo(Delivery.RetryLater.notDelivered("internal_error"));

    SlackReminderNotifier impatient = SlackReminderNotifier.of(client(slack, 200), users);
    slack.delayNext("chat.postMessage", Duration.ofSeconds(1));
    assertThat(impatient.send(message))
        .isInstanceOfSatisfying(
            Delivery.RetryLater.class,
            later -> assertThat(later.mayHaveArrived()).as("a timeout leaves it unknown").isTrue());

    // Slack's answer for a user ID it does not know, or who left.
    slack.failNextWithError("chat.postMessage", "channel_not_found");
    assertThat(notifier.send(message)).isEqualTo(new Delivery.Failed("channel_not_found"));
  }

  @Test
  void aFailedLookupMeansLookAgainLater() {
    slack.failNext("conversations.history", 429, 5);
    assertThat(notifier.findDelivered(key, clock.instant()))
        .isEqualTo(new Lookup.Unavailable(Optional.of(Duration.ofSeconds(5)), "HTTP 429"));
  }

  @Test
  void theDigestGoesToItsChannel() {
    ReminderKey digest =
        new ReminderKey(key.teamId(), "CDIGEST", key.period(), ReminderKind.DIGEST);
    notifier.send(new ReminderMessage(digest, ZoneId.of("UTC"), message.items(), 12));
    RecordedCall post = slack.lastCall("chat.postMessage").orElseThrow();
    assertThat(post.param("channel")).contains("CDIGEST");
    assertThat(post.param("text").orElseThrow()).contains("12 open, 1 overdue");
    assertThat(post.param("blocks").orElseThrow()).doesNotContain(ReminderBlocks.DONE);
  }
}
