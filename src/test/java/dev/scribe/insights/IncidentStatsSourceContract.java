package dev.scribe.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IncidentStatsSource} must do; the fake and the databases run the same tests.
 */
public abstract class IncidentStatsSourceContract {

  static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
  static final Period NOVEMBER =
      new Period(
          LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), ZoneOffset.UTC, "2026-11");

  private StatsWorld world;

  protected abstract StatsWorld world();

  @BeforeEach
  void setUp() {
    world = world();
  }

  private List<IncidentTimes> read(String team, Period period, Optional<IncidentField> field) {
    List<IncidentTimes> out = new ArrayList<>();
    world.source().incidents(team, period, field, out::add);
    return out;
  }

  private static Instant at(String time) {
    return Instant.parse("2026-11-10T" + time + ":00Z");
  }

  @Test
  void eachIncidentComesWithItsEarliestMarkersAndItsLatestResolution() {
    long id = world.incident("T1", NOV_1.plusSeconds(3_600), Severity.SEV2, false);
    world.event("T1", id, Marker.IMPACT, at("10:05"));
    world.event("T1", id, Marker.IMPACT, at("10:00"));
    world.event("T1", id, Marker.NOTE, at("09:00"));
    world.event("T1", id, Marker.ACK, at("10:20"));
    world.event("T1", id, Marker.RESOLVED, at("11:00"));
    world.event("T1", id, Marker.RESOLVED, at("12:30"));

    List<IncidentTimes> rows = read("T1", NOVEMBER, Optional.empty());

    assertThat(rows).hasSize(1);
    IncidentTimes row = rows.get(0);
    assertThat(row.incidentId()).isEqualTo(id);
    assertThat(row.publicId()).matches("INC-2026-\\d{3}");
    assertThat(row.severity()).isEqualTo(Severity.SEV2);
    assertThat(row.open()).isFalse();
    assertThat(row.groupText()).isNull();
    assertThat(row.markers().at(Marker.IMPACT)).contains(at("10:00"));
    assertThat(row.markers().at(Marker.ACK)).contains(at("10:20"));
    assertThat(row.markers().at(Marker.RESOLVED)).contains(at("12:30"));
    assertThat(row.markers().at(Marker.ALERT)).isEmpty();
  }

  @Test
  void editsAndDeletionsChangeTheMarkersAtOnce() {
    long id = world.incident("T1", NOV_1, null, true);
    long impact = world.event("T1", id, Marker.IMPACT, at("10:00"));
    long later = world.event("T1", id, Marker.IMPACT, at("10:30"));
    long ack = world.event("T1", id, Marker.ACK, at("10:45"));

    world.delete("T1", impact);
    world.edit("T1", id, ack, Marker.ALERT, at("10:40"));

    MarkerTimes markers = read("T1", NOVEMBER, Optional.empty()).get(0).markers();
    assertThat(markers.at(Marker.IMPACT)).contains(at("10:30"));
    assertThat(markers.at(Marker.ACK)).isEmpty();
    assertThat(markers.at(Marker.ALERT)).contains(at("10:40"));

    world.delete("T1", later);
    assertThat(read("T1", NOVEMBER, Optional.empty()).get(0).markers().has(Marker.IMPACT))
        .isFalse();
  }

  @Test
  void anIncidentWithoutEventsHasNoMarkers() {
    long id = world.incident("T1", NOV_1, null, true);
    IncidentTimes row = read("T1", NOVEMBER, Optional.empty()).get(0);
    assertThat(row.incidentId()).isEqualTo(id);
    assertThat(row.markers()).isEqualTo(MarkerTimes.none());
    assertThat(row.open()).isTrue();
  }

  @Test
  void onlyTheWorkspacesIncidentsDeclaredInThePeriodOldestFirst() {
    long last = world.incident("T1", NOVEMBER.until().minusMillis(1), null, true);
    long first = world.incident("T1", NOVEMBER.from(), null, true);
    world.incident("T1", NOVEMBER.until(), null, true);
    world.incident("T1", NOVEMBER.from().minusMillis(1), null, true);
    long theirs = world.incident("T2", NOV_1.plusSeconds(60), null, true);
    world.event("T2", theirs, Marker.IMPACT, at("10:00"));

    assertThat(read("T1", NOVEMBER, Optional.empty()))
        .extracting(IncidentTimes::incidentId)
        .containsExactly(first, last);
    assertThat(read("T2", NOVEMBER, Optional.empty()))
        .extracting(IncidentTimes::incidentId)
        .containsExactly(theirs);
    assertThat(read("T3", NOVEMBER, Optional.empty())).isEmpty();
    assertThat(world.source().workspaces()).containsExactly("T1", "T2");
  }

  @Test
  void theGroupingFieldComesOnlyWhenAskedFor() {
    long tagged = world.incident("T1", NOV_1, null, true);
    world.field("T1", tagged, IncidentField.TAGS, "config, payments");
    world.field("T1", tagged, IncidentField.SERVICES, "checkout-api");
    long bare = world.incident("T1", NOV_1.plusSeconds(1), null, true);

    assertThat(read("T1", NOVEMBER, Optional.of(IncidentField.TAGS)))
        .extracting(IncidentTimes::incidentId, IncidentTimes::groupText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(tagged, "config, payments"),
            org.assertj.core.groups.Tuple.tuple(bare, null));
    assertThat(read("T1", NOVEMBER, Optional.of(IncidentField.SERVICES)).get(0).groupText())
        .isEqualTo("checkout-api");
    assertThat(read("T1", NOVEMBER, Optional.empty()).get(0).groupText()).isNull();
  }

  @Test
  void openActionItemsPerIncidentWithThoseOverdue() {
    LocalDate today = LocalDate.parse("2026-11-20");
    long one = world.incident("T1", NOV_1, null, false);
    world.action("T1", one, today.minusDays(1), true);
    world.action("T1", one, today, true);
    world.action("T1", one, null, true);
    world.action("T1", one, today.minusDays(5), false);
    long two = world.incident("T1", NOV_1.plusSeconds(5), null, false);
    world.action("T1", two, today.minusDays(30), false);
    long before = world.incident("T1", NOV_1.minusSeconds(5), null, false);
    world.action("T1", before, today.minusDays(3), true);
    long theirs = world.incident("T2", NOV_1, null, false);
    world.action("T2", theirs, today.minusDays(3), true);

    Map<Long, ActionCounts> counts = world.source().openActions("T1", NOVEMBER, today);

    assertThat(counts).containsOnlyKeys(one).containsEntry(one, new ActionCounts(3, 1));
  }
}
