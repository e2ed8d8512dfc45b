package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.app.Scribe;
import dev.scribe.config.ScribeConfig;
import dev.scribe.demo.SettableClock;
import dev.scribe.timeline.Marker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scribe stats}: the numbers of {@code /pm stats} on the command line, in three formats. */
class StatsCommandTest {

  @TempDir Path dir;
  final CliRun cli = new CliRun();
  final SettableClock clock = SettableClock.at("2026-11-10T12:00:00Z");
  Path database;

  @BeforeEach
  void recordTwoIncidents() {
    database = dir.resolve("scribe.db");
    Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + database);
    try (Scribe scribe =
        Scribe.open(ScribeConfig.fromEnvironment(env, ScribeConfig.Needs.DATABASE), clock)) {
      record(scribe, "T1", "C1", 30, 45);
      scribe
          .fields()
          .set("T1", "C1", "U1", dev.scribe.incident.IncidentField.SERVICES, "api, =cmd()");
      clock.advance(Duration.ofDays(1));
      record(scribe, "T1", "C2", 10, 12);
      clock.advance(Duration.ofDays(1));
    }
  }

  private void record(Scribe scribe, String team, String channel, int impactAgo, int ackAgo) {
    Instant now = clock.instant();
    scribe.incidents().start(team, channel, "U1", "Outage in " + channel, null);
    scribe
        .timeline()
        .record(
            team,
            channel,
            "U1",
            Optional.of(now.minus(Duration.ofMinutes(impactAgo))),
            Optional.of(Marker.IMPACT),
            "impact");
    scribe
        .timeline()
        .record(
            team,
            channel,
            "U1",
            Optional.of(now.minus(Duration.ofMinutes(ackAgo))),
            Optional.of(Marker.ACK),
            "ack");
  }

  int run(String... args) {
    return cli.run(Map.of(), clock, args);
  }

  String stdout() {
    return cli.stdout();
  }

  String stderr() {
    return cli.stderr();
  }

  @Test
  void aTableWithTheIncidentsToFixByTheirIds() {
    assertThat(run("stats", "--since", "2026-11", "--database", database.toString()))
        .as(this::stderr)
        .isZero();
    assertThat(stdout())
        .startsWith(
            "Period: 2026-11 (November 2026) (2026-11-01 – 2026-11-30, UTC) · incidents declared: 2\n")
        .containsPattern("time to detect \\(MTTD\\) +0 of 2 +— +— +— +2 negative")
        .contains("INC-2026-001 (C1): time to detect −15 min (T3 before T1)")
        .contains("INC-2026-002 (C2): time to detect −2 min (T3 before T1)");
  }

  @Test
  void jsonForToolsAndCsvOneLinePerGroupAndMetric() {
    assertThat(
            run(
                "stats",
                "--since",
                "2026-11-01",
                "--by",
                "service",
                "--format",
                "json",
                "--database",
                database.toString()))
        .as(this::stderr)
        .isZero();
    JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(json.getAsJsonObject("period").get("first_day").getAsString())
        .isEqualTo("2026-11-01");
    assertThat(json.getAsJsonObject("period").get("last_day").getAsString())
        .isEqualTo("2026-11-12");
    assertThat(json.getAsJsonObject("all").get("incidents").getAsInt()).isEqualTo(2);
    assertThat(json.getAsJsonArray("groups")).hasSize(3);
    assertThat(
            json.getAsJsonArray("data_to_fix")
                .get(0)
                .getAsJsonObject()
                .get("incident")
                .getAsString())
        .isEqualTo("INC-2026-001");

    assertThat(
            run(
                "stats",
                "--since",
                "30d",
                "--by",
                "service",
                "--format",
                "csv",
                "--database",
                database.toString()))
        .isZero();
    String[] lines = stdout().split("\n");
    assertThat(lines[0]).startsWith("group,incidents,open_action_items,");
    assertThat(lines).hasSize(1 + 4 * 6);
    assertThat(stdout())
        .contains("all incidents,2,0,0,time_to_detect,0,0,2,,,,")
        .contains("'=cmd(),1,0,0,time_to_detect,0,0,1,,,,");
  }

  @Test
  void badArgumentsAreOneLineErrors() {
    assertThat(run("stats", "--since", "soon", "--database", database.toString())).isEqualTo(1);
    assertThat(stderr()).startsWith("scribe: I couldn't read `soon` as a period.");
    assertThat(
            run(
                "stats",
                "--since",
                "30d",
                "--until",
                "2026-11-30",
                "--database",
                database.toString()))
        .isEqualTo(1);
    assertThat(stderr()).contains("--until needs --since to be a day");
    assertThat(run("stats", "--format", "xml", "--database", database.toString())).isNotZero();
  }
}
