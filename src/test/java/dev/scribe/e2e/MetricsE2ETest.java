package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.SettableClock;
import dev.scribe.storage.TestDatabases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}: Prometheus text with Scribe's metrics, moved by real requests. */
class MetricsE2ETest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";

  @Test
  void requestsMoveTheCountersOperatorsWatch() throws Exception {
    try (ScribeHarness scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"))) {
      scribe.slack.addUser(ALICE, "alice", "Europe/Paris");
      String before = metrics(scribe);
      assertThat(value(before, "scribe_events_recorded_total{source=\"command\"}")).contains(0.0);

      scribe.pm(ALICE, CHANNEL, "start Checkout errors");
      scribe.pm(ALICE, CHANNEL, "event rolled back");
      scribe.pm(ALICE, CHANNEL, "event traffic recovers");
      scribe.awaitKnown(ALICE); // users.info is asked after the ack of her first command

      String after = metrics(scribe);
      // /pm start records its "declared" note; each /pm event one more.
      assertThat(value(after, "scribe_events_recorded_total{source=\"command\"}")).contains(3.0);
      assertThat(
              value(
                  after,
                  "scribe_slack_ack_seconds_count{kind=\"slash_command\",status=\"200\",type=\"/pm\"}"))
          .contains(3.0);
      assertThat(after)
          .contains(
              "scribe_slack_ack_seconds_bucket{kind=\"slash_command\",status=\"200\",type=\"/pm\",le=\"0.05\"}");
      assertThat(
              value(
                  after,
                  "scribe_slack_api_calls_seconds_count{method=\"auth.test\",outcome=\"ok\"}"))
          .hasValueSatisfying(calls -> assertThat(calls).isGreaterThanOrEqualTo(1.0));
      assertThat(
              value(
                  after,
                  "scribe_slack_api_calls_seconds_count{method=\"users.info\",outcome=\"ok\"}"))
          .contains(1.0); // once: then the user is known
      assertThat(value(after, "scribe_db_write_batch_size_count")).contains(3.0);
      assertThat(after)
          .contains("scribe_db_write_queue_wait_seconds_bucket")
          .contains("scribe_db_write_queue_depth")
          .contains("hikaricp_connections_active{pool=\"scribe-db\"}")
          .contains("scribe_reminder_planned_total{outcome=\"enqueued\"}");
      // The JVM's own figures are bound on a background thread once requests are taken.
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(metrics(scribe)).contains("jvm_memory_used_bytes"));
    }
  }

  @Test
  void aReminderSweepIsCounted() throws Exception {
    try (ScribeHarness scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"))) {
      double before = value(metrics(scribe), "scribe_reminder_sweeps_total").orElseThrow();
      scribe.app.sweepReminders();
      // The scheduler sweeps too (10 s after start): at least this one more.
      assertThat(value(metrics(scribe), "scribe_reminder_sweeps_total").orElseThrow())
          .isGreaterThanOrEqualTo(before + 1);
    }
  }

  @Test
  void theOutboxDepthShowsWhatIsOwedWhileSlackIsDownAndFallsToZeroOnceDelivered() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-21T14:10:00Z");
    try (ScribeHarness scribe = new ScribeHarness(clock)) {
      scribe.slack.addUser(ALICE, "alice", "UTC");
      scribe.pm(ALICE, CHANNEL, "start Checkout errors");
      // Bolt's start-time token check is spared: the outage is about what Scribe sends.
      scribe.slack.goDown(500, null, "auth.test");

      scribe.pm(ALICE, CHANNEL, "draft");

      String pending = "scribe_outbox_messages{kind=\"draft\",state=\"pending\"}";
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> value(metrics(scribe), pending).orElse(0.0) == 1.0);

      scribe.slack.recover();
      clock.advance(Duration.ofMinutes(1));
      scribe.app.deliverNow();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> value(metrics(scribe), pending).equals(Optional.of(0.0)));
      assertThat(metrics(scribe)).doesNotContain("state=\"failed\"");
    }
  }

  @Test
  void offWhenTheOperatorSaysSo() throws Exception {
    try (ScribeHarness scribe =
        new ScribeHarness(
            SettableClock.at("2026-11-21T14:10:00Z"),
            TestDatabases.sqlite(),
            Map.of("SCRIBE_METRICS", "false"))) {
      assertThat(scribe.get("/metrics").statusCode()).isEqualTo(404);
      assertThat(scribe.get("/health").statusCode()).isEqualTo(200);
    }
  }

  private static String metrics(ScribeHarness scribe) throws Exception {
    HttpResponse<String> response = scribe.get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    return response.body();
  }

  /** The value of one series, written exactly as Prometheus prints it. */
  private static Optional<Double> value(String metrics, String series) {
    Matcher m =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }
}
