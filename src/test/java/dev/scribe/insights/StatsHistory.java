package dev.scribe.insights;

import static dev.scribe.timeline.Marker.ACK;
import static dev.scribe.timeline.Marker.ALERT;
import static dev.scribe.timeline.Marker.CAUSE;
import static dev.scribe.timeline.Marker.IMPACT;
import static dev.scribe.timeline.Marker.RESOLVED;
import static dev.scribe.timeline.Marker.RESTORED;

import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small November of incidents with every kind of gap: one complete, one with its alert before its
 * impact, one without impact start, one still open, one that took days and has no severity; plus an
 * incident of October and one of another workspace, which must not count.
 */
final class StatsHistory {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  static final LocalDate TODAY = LocalDate.parse("2026-11-23");

  final FakeIncidentStatsSource source = new FakeIncidentStatsSource();
  final long complete;
  final long alertFirst;
  final long noImpact;
  final long open;
  final long slow;

  StatsHistory() {
    complete =
        incident(
            "2026-11-02T10:00:00Z",
            Severity.SEV1,
            false,
            IMPACT,
            0,
            ALERT,
            3,
            ACK,
            7,
            CAUSE,
            30,
            RESTORED,
            60,
            RESOLVED,
            120);
    source.field("T1", complete, IncidentField.SERVICES, "checkout-api, Payments");
    source.field("T1", complete, IncidentField.TAGS, "config");
    source.action("T1", complete, TODAY.minusDays(2), true);
    source.action("T1", complete, TODAY.plusDays(2), true);
    source.action("T1", complete, TODAY.minusDays(9), false);

    alertFirst =
        incident(
            "2026-11-05T08:00:00Z",
            Severity.SEV2,
            false,
            ALERT,
            0,
            IMPACT,
            5,
            ACK,
            9,
            CAUSE,
            65,
            RESTORED,
            95,
            RESOLVED,
            185);
    source.field("T1", alertFirst, IncidentField.SERVICES, "checkout-api");
    source.action("T1", alertFirst, null, true);

    noImpact =
        incident("2026-11-09T22:00:00Z", Severity.SEV2, false, ALERT, 0, ACK, 2, RESOLVED, 40);

    open = incident("2026-11-20T14:00:00Z", Severity.SEV3, true, IMPACT, 0, ALERT, 1, ACK, 12);

    slow =
        incident(
            "2026-11-12T09:00:00Z",
            null,
            false,
            IMPACT,
            0,
            ALERT,
            240,
            ACK,
            250,
            CAUSE,
            2_000,
            RESTORED,
            2_880,
            RESOLVED,
            4_400);
    source.field("T1", slow, IncidentField.SERVICES, "search");

    incident("2026-10-30T09:00:00Z", Severity.SEV1, false, IMPACT, 0, ACK, 1);
    long theirs =
        source.incident(
            "T2",
            Instant.parse("2026-11-10T09:00:00Z"),
            Severity.SEV1,
            false,
            markers(Instant.parse("2026-11-10T09:00:00Z"), IMPACT, 0, ACK, 1));
    source.action("T2", theirs, TODAY.minusDays(1), true);
  }

  StatsService service() {
    return new StatsService(source, CLOCK);
  }

  StatsReport report(String args) {
    StatsService stats = service();
    return stats.stats("T1", stats.query(args, ZoneOffset.UTC));
  }

  /** An incident of T1 with markers at minutes after its declaration. */
  private long incident(String declared, Severity severity, boolean open, Object... pairs) {
    Instant at = Instant.parse(declared);
    return source.incident("T1", at, severity, open, markers(at, pairs));
  }

  private static Map<Marker, Instant> markers(Instant start, Object... markerThenMinutes) {
    Map<Marker, Instant> at = new LinkedHashMap<>();
    for (int i = 0; i < markerThenMinutes.length; i += 2) {
      long minutes = ((Number) markerThenMinutes[i + 1]).longValue();
      at.put((Marker) markerThenMinutes[i], start.plus(Duration.ofMinutes(minutes)));
    }
    return at;
  }
}
