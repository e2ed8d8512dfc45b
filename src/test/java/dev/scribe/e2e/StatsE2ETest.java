package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.inChannel;
import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.scribe.demo.ResponseUrlPost;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /pm stats} over signed requests, on a history recorded through Slack: a complete incident,
 * one with its alert before its impact, one without impact start, one still open, and another
 * workspace's incident that must never show.
 */
class StatsE2ETest {

  static final String ALICE = "U0ALICE";
  ScribeHarness scribe;

  @BeforeEach
  void recordNovember() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-03T09:00:00Z"));
    scribe.slack.addUser(ALICE, "alice", "Europe/Berlin");
    incident(
        "C0COMPLETE",
        "Checkout 500s sev:1",
        "-60m impact: errors climb",
        "-55m alert: pager fires",
        "-50m ack: alice on it",
        "-30m cause: bad config",
        "-10m restored: errors gone");
    pm("C0COMPLETE", "set services checkout-api");
    pm("C0COMPLETE", "resolve");
    pm("C0COMPLETE", "action Validate configs <@" + ALICE + "|alice> due:2026-11-10");

    nextDay();
    incident(
        "C0ALERTFIRST",
        "Search slow sev:2",
        "-60m alert: latency alert",
        "-50m impact: users notice",
        "-45m ack: bob looks",
        "-5m restored: cache warmed");
    pm("C0ALERTFIRST", "resolve");

    nextDay();
    incident("C0NOIMPACT", "Login flaky sev:2", "-20m alert: login errors", "-15m ack: on it");
    pm("C0NOIMPACT", "resolve");

    nextDay();
    incident("C0OPEN", "Disk filling sev:3", "-5m impact: disk at 95%");

    scribe.pm("T0OTHER", ALICE, "C0THEIRS", "start Their outage sev:1");
    scribe.pm("T0OTHER", ALICE, "C0THEIRS", "event -30m impact: theirs");
    scribe.pm("T0OTHER", ALICE, "C0THEIRS", "event -1m ack: theirs");
    // Scribe learns Alice's zone after her first command in each workspace; a period is read in it.
    scribe.awaitKnown(ALICE);
    scribe.awaitKnown("T0OTHER", ALICE);

    scribe.clock.set(Instant.parse("2026-11-21T10:00:00Z"));
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  void incident(String channel, String title, String... events) throws Exception {
    pm(channel, "start " + title);
    for (String event : events) {
      pm(channel, "event " + event);
    }
  }

  JsonObject pm(String channel, String command) throws Exception {
    return scribe.pm(ALICE, channel, command);
  }

  void nextDay() {
    scribe.clock.advance(Duration.ofDays(1));
  }

  @Test
  void theTableCountsWhatWasRecordedAndListsWhatToFixWithChannelLinks() throws Exception {
    JsonObject reply = pm("C0COMPLETE", "stats 2026-11");
    String table = text(reply);

    assertThat(inChannel(reply)).isTrue();
    assertThat(table)
        .contains(
            "Period: 2026-11 (November 2026) (2026-11-01 – 2026-11-30, Europe/Berlin) · incidents declared: 4")
        .contains("Open action items of these incidents: 1, of which 1 overdue")
        .containsPattern(
            "time to detect \\(MTTD\\) +2 of 4 +5 min +10 min +5 min – 10 min +2 missing")
        .containsPattern(
            "time to alert +1 of 4 +5 min +5 min +5 min – 5 min +2 missing, 1 negative")
        .containsPattern("time to acknowledge +3 of 4 .* 1 missing")
        .contains("Data to fix: 2 incidents")
        .contains(
            "• INC-2026-002 <#C0ALERTFIRST>: no T5 cause · time to alert −10 min (T2 before T1)")
        .contains("• INC-2026-003 <#C0NOIMPACT>: no T1 impact, T5 cause, T7 restored")
        .doesNotContain("C0OPEN")
        .doesNotContain("theirs")
        .contains("not means");
    assertThat(table.indexOf("```")).isLessThan(table.indexOf("time to detect"));
  }

  @Test
  void aChartOfTheDistributionsFollowsInTheSameChannel() throws Exception {
    pm("C0COMPLETE", "stats 2026-11");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scribe.slack.uploadedFiles().stream().anyMatch(UploadedFile::completed));
    UploadedFile chart = scribe.slack.uploadedFiles().get(0);
    assertThat(chart.channelId()).contains("C0COMPLETE");
    assertThat(chart.title()).isEqualTo("Incident metrics · 2026-11 (November 2026)");
    assertThat(chart.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void bySeverityOneTablePerSeverity() throws Exception {
    String table = text(pm("C0OPEN", "stats 30d by severity"));
    assertThat(table)
        .contains("By severity:")
        .contains("SEV1 · 1 incident · open action items: 1, of which 1 overdue")
        .contains("SEV2 · 2 incidents")
        .contains("SEV3 · 1 incident");
  }

  @Test
  void fromSomeoneScribeHasNotMetThePeriodWaitsForTheirZone() throws Exception {
    scribe.slack.addUser("U0BOB", "bob", "America/New_York");

    JsonObject ack = scribe.pm("U0BOB", "C0COMPLETE", "stats 2026-11");

    assertThat(inChannel(ack)).isFalse();
    assertThat(text(ack)).contains(":hourglass_flowing_sand:").contains("time zone");
    ResponseUrlPost answer = scribe.slack.awaitResponses(1, Duration.ofSeconds(30)).get(0);
    assertThat(answer.text())
        .contains("(2026-11-01 – 2026-11-30, America/New_York) · incidents declared: 4");
    assertThat(answer.body().get("response_type").getAsString()).isEqualTo("in_channel");
  }

  @Test
  void anotherWorkspaceSeesOnlyItsOwn() throws Exception {
    String theirs = text(scribe.pm("T0OTHER", ALICE, "C0THEIRS", "stats 2026-11"));
    assertThat(theirs)
        .contains("Europe/Berlin) · incidents declared: 1")
        .containsPattern("time to detect \\(MTTD\\) +1 of 1 +29 min")
        .doesNotContain("Data to fix");
  }

  @Test
  void aPeriodWithoutIncidentsSaysSoAndDrawsNothing() throws Exception {
    String reply = text(pm("C0COMPLETE", "stats 2025"));
    assertThat(reply)
        .isEqualTo(
            ":bar_chart: No incidents were declared in this period: 2025 (2025-01-01 – 2025-12-31, Europe/Berlin).");
    Thread.sleep(300);
    assertThat(scribe.slack.calls("files.getUploadURLExternal")).isEmpty();
  }

  @Test
  void aBadPeriodIsExplainedPrivatelyWithTheForms() throws Exception {
    JsonObject reply = pm("C0COMPLETE", "stats last tuesday");
    assertThat(inChannel(reply)).isFalse();
    assertThat(text(reply))
        .startsWith(":warning: I couldn't read `last tuesday` as a period.")
        .contains("`2026-Q3`")
        .contains("For example: `/pm stats 2026-Q3`");
    assertThat(List.of(text(pm("C0COMPLETE", "stats 2026-11 by mood"))))
        .first()
        .asString()
        .contains("`by severity`, `by service` or `by tag`");
  }
}
