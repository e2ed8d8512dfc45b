package dev.scribe.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.scribe.incident.Incident;
import dev.scribe.metrics.Metric;
import dev.scribe.timeline.Marker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsServiceTest {

  static final Path GOLDENS = Path.of("src", "test", "resources", "golden");
  final StatsHistory history = new StatsHistory();

  static MetricStats metric(GroupStats group, Metric metric) {
    return group.metrics().stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
  }

  @Test
  void countsOnlyTheWorkspacesIncidentsOfThePeriodAndTheirActionItems() {
    StatsReport report = history.report("2026-11");
    assertThat(report.all().incidents()).isEqualTo(5);
    assertThat(report.all().actions()).isEqualTo(new ActionCounts(3, 1));
    assertThat(report.groups()).isEmpty();
  }

  @Test
  void eachMetricSaysHowManyRecordedOfHowManyAndWhyTheOthersAreNot() {
    GroupStats all = history.report("2026-11").all();
    MetricStats alert = metric(all, Metric.TIME_TO_ALERT);
    assertThat(alert.recorded()).isEqualTo(3);
    assertThat(alert.incidents()).isEqualTo(5);
    assertThat(alert.missing()).isEqualTo(1);
    assertThat(alert.negative()).isEqualTo(1);
    assertThat(alert.values().min()).isEqualTo(Duration.ofMinutes(1));
    assertThat(alert.values().max()).isEqualTo(Duration.ofMinutes(240));

    MetricStats restore = metric(all, Metric.TIME_TO_RESTORE);
    assertThat(restore.recorded()).isEqualTo(3);
    assertThat(restore.missing()).isEqualTo(2);
    // 60, 90, 2880 minutes: the median is the middle one, the p90 the longest
    assertThat(restore.values().median()).isEqualTo(Duration.ofMinutes(90));
    assertThat(restore.values().p90()).isEqualTo(Duration.ofMinutes(2_880));
  }

  @Test
  void negativeAndMissingMetricsAreListedAsDataToFixButNotAnOpenIncidentsGaps() {
    List<DataToFix> fixes = history.report("2026-11").toFix();
    assertThat(fixes)
        .extracting(DataToFix::publicId, DataToFix::missing)
        .containsExactly(
            tuple(Incident.publicId(2026, (int) history.alertFirst), List.of()),
            tuple(
                Incident.publicId(2026, (int) history.noImpact),
                List.of(Marker.IMPACT, Marker.CAUSE, Marker.RESTORED)));
    assertThat(fixes.get(0).negative())
        .isEqualTo(Map.of(Metric.TIME_TO_ALERT, Duration.ofMinutes(-5)));
    assertThat(fixes.get(0).describe()).isEqualTo("time to alert −5 min (T2 before T1)");
    assertThat(fixes.get(1).describe()).isEqualTo("no T1 impact, T5 cause, T7 restored");
    assertThat(fixes.get(0).channelId()).isEqualTo("C" + history.alertFirst);
  }

  @Test
  void bySeverityInOrderWithTheUnsetOnesLast() {
    StatsReport report = history.report("2026-11 by severity");
    assertThat(report.groups())
        .extracting(GroupStats::name, GroupStats::incidents)
        .containsExactly(
            tuple("SEV1", 1), tuple("SEV2", 2), tuple("SEV3", 1), tuple("(no severity)", 1));
    assertThat(report.groups().get(0).actions()).isEqualTo(new ActionCounts(2, 1));
    assertThat(metric(report.groups().get(1), Metric.TIME_TO_ACKNOWLEDGE).values().count())
        .isEqualTo(2);
  }

  @Test
  void byServiceAnIncidentCountsInEachOfItsServices() {
    StatsReport report = history.report("2026-11 by service");
    assertThat(report.groups())
        .extracting(GroupStats::name, GroupStats::incidents)
        .containsExactly(
            tuple("checkout-api", 2),
            tuple("payments", 1),
            tuple("search", 1),
            tuple("(no service)", 2));
    assertThat(report.all().incidents()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"stats.txt, 2026-11", "stats-by-severity.txt, 2026-11 by severity"})
  void theTableMatchesItsGolden(String golden, String args) throws IOException {
    String table = StatsTable.text(history.report(args));
    Path file = GOLDENS.resolve(golden);
    if (Boolean.getBoolean("scribe.updateGoldens")) {
      Files.writeString(file, table, StandardCharsets.UTF_8);
    }
    assertThat(table).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
