package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.FakeEphemeral;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.outbox.OutboxState;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.TimelineEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two Scribe replicas on one PostgreSQL database, as teams run it: a delivery Slack retries to the
 * other replica is recorded once, two replicas sweeping at the same moment send one reminder, and
 * every message owed is delivered once, by whichever replica claims it.
 */
class TwoReplicasE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOSS = "U0BOSS";
  static final String CHANNEL = "C0INC";
  static final String BOLT_CHECKS_ITS_TOKEN = OutboxE2ETest.BOLT_CHECKS_ITS_TOKEN;

  @Test
  void twoReplicasRecordEachDeliveryOnceAndRemindOnce() throws Exception {
    // Tuesday 2026-11-24, 09:05 in Paris: within working hours.
    SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
    String url = TestDatabases.postgresUrl();
    try (ScribeHarness a = new ScribeHarness(clock, Database.open(url), Map.of());
        ScribeHarness b = new ScribeHarness(clock, Database.open(url), Map.of())) {
      for (ScribeHarness replica : List.of(a, b)) {
        replica.slack.addUser(ALICE, "alice", "Europe/Paris");
        replica.slack.addUser(BOSS, "boss", "Europe/Paris");
      }
      a.pm(BOSS, CHANNEL, "start Checkout errors");
      assertThat(ScribeHarness.text(b.pm(BOSS, CHANNEL, "event impact: errors climb")))
          .contains("INC-2026-001");

      String ts = a.slack.postUserMessage(CHANNEL, ALICE, "on it");
      String reaction =
          "{\"type\":\"reaction_added\",\"user\":\""
              + BOSS
              + "\",\"reaction\":\"eyes\",\"item_user\":\""
              + ALICE
              + "\","
              + "\"item\":{\"type\":\"message\",\"channel\":\""
              + CHANNEL
              + "\",\"ts\":\""
              + ts
              + "\"},\"event_ts\":\"1.1\"}";
      assertThat(a.event("EvR1", reaction, Map.of()).statusCode()).isEqualTo(200);
      assertThat(
              b.event(
                      "EvR1",
                      reaction,
                      Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                  .statusCode())
          .isEqualTo(200);

      Incident incident = a.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
      List<TimelineEvent> tagged =
          b.scribe.timeline().events(incident).stream()
              .filter(e -> e.source() == EventSource.REACTION)
              .toList();
      assertThat(tagged).hasSize(1);

      a.pm(BOSS, CHANNEL, "action Fix the validator <@" + ALICE + "|alice> due:2026-11-20 high");
      CountDownLatch go = new CountDownLatch(1);
      CompletableFuture<Integer> sweepA = CompletableFuture.supplyAsync(() -> sweep(a, go));
      CompletableFuture<Integer> sweepB = CompletableFuture.supplyAsync(() -> sweep(b, go));
      go.countDown();
      assertThat(sweepA.get() + sweepB.get()).isEqualTo(1);
      await().atMost(Duration.ofSeconds(10)).until(() -> dmsTo(ALICE, a, b) >= 1);
      a.app.deliverNow();
      b.app.deliverNow();
      awaitNothingOwed(a);
      assertThat(dmsTo(ALICE, a, b)).isEqualTo(1);
    }
  }

  @Test
  void twoReplicasDeliverEveryOwedMessageOnceAfterSlackRecovers() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
    String url = TestDatabases.postgresUrl();
    try (ScribeHarness a = new ScribeHarness(clock, Database.open(url), Map.of());
        ScribeHarness b = new ScribeHarness(clock, Database.open(url), Map.of())) {
      for (ScribeHarness replica : List.of(a, b)) {
        replica.slack.addUser(ALICE, "alice", "Europe/Paris");
        replica.slack.addUser(BOSS, "boss", "Europe/Paris");
      }
      a.pm(BOSS, CHANNEL, "start Checkout errors");
      a.slack.goDown(503, null, BOLT_CHECKS_ITS_TOKEN);
      b.slack.goDown(503, null, BOLT_CHECKS_ITS_TOKEN);
      int tags = 12;
      for (int i = 0; i < tags; i++) {
        ScribeHarness to = i % 2 == 0 ? a : b;
        String ts = a.slack.postUserMessage(CHANNEL, ALICE, "step " + i);
        assertThat(to.event("EvT" + i, reaction(BOSS, "eyes", ts), Map.of()).statusCode())
            .isEqualTo(200);
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  a.slack.calls("chat.postEphemeral").size()
                          + b.slack.calls("chat.postEphemeral").size()
                      >= tags);
      assertThat(a.slack.ephemerals()).isEmpty();
      assertThat(b.slack.ephemerals()).isEmpty();

      a.slack.recover();
      b.slack.recover();
      clock.advance(Duration.ofMinutes(1));
      a.app.deliverNow();
      b.app.deliverNow();
      awaitNothingOwed(a);

      List<String> confirmations =
          Stream.concat(a.slack.ephemerals().stream(), b.slack.ephemerals().stream())
              .map(FakeEphemeral::text)
              .toList();
      assertThat(confirmations).hasSize(tags).doesNotHaveDuplicates();
    }
  }

  /** A reaction on Alice's message, naming her as its author as Slack does ({@code item_user}). */
  private static String reaction(String user, String emoji, String ts) {
    return "{\"type\":\"reaction_added\",\"user\":\""
        + user
        + "\",\"reaction\":\""
        + emoji
        + "\",\"item_user\":\""
        + ALICE
        + "\",\"item\":{\"type\":\"message\",\"channel\":\""
        + CHANNEL
        + "\",\"ts\":\""
        + ts
        + "\"},\"event_ts\":\"1.1\"}";
  }

  private static long dmsTo(String user, ScribeHarness... replicas) {
    return Stream.of(replicas)
        .flatMap(r -> r.slack.calls("chat.postMessage").stream())
        .filter(call -> call.param("channel").orElse("").equals(user))
        .count();
  }

  /** Until no message is waiting or in flight, in the database both replicas share. */
  private static void awaitNothingOwed(ScribeHarness replica) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                replica.app.outboxDepth().stream().noneMatch(d -> d.state() != OutboxState.FAILED));
  }

  private static int sweep(ScribeHarness replica, CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return replica.app.sweepReminders().enqueued();
  }
}
