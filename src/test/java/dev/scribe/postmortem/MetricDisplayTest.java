package dev.scribe.postmortem;

import static dev.scribe.postmortem.DraftFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.IncidentField;
import dev.scribe.slack.SlackEventText;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricDisplayTest {

  private static DraftView view(List<TimelineEvent> events, ZoneId zone) {
    return new DraftViews(new SlackEventText())
        .build(DraftFixtures.source(events, Map.<IncidentField, String>of(), zone), "full");
  }

  private static MetricView metric(DraftView view, String key) {
    return view.metric().get(key);
  }

  @Test
  void everyMetricShowsItsValueAndTheTwoEventsItCameFrom() {
    DraftView view = view(DraftFixtures.events(), ZoneOffset.UTC);

    assertThat(view.metrics())
        .extracting(MetricView::key)
        .containsExactly(
            "timeToDetect",
            "timeToAlert",
            "timeToAcknowledge",
            "timeToRootCause",
            "timeToRestore",
            "timeToResolve");
    assertThat(metric(view, "timeToDetect").explanation())
        .isEqualTo(
            "time to detect (MTTD) 7 min: T1 20:38 UTC “error rate climbs on checkout-api”"
                + " → T3 20:45 UTC “@dana acks the page”");
    assertThat(view.metrics())
        .extracting(MetricView::value)
        .containsExactly("7 min", "3 min", "4 min", "27 min", "1 h 02 min", "1 h 30 min");
    assertThat(metric(view, "timeToResolve").formula()).isEqualTo("T8 − T1");
    assertThat(view.timeline().hasWarnings()).isFalse();
  }

  @Test
  void aMissingMarkerIsNotRecordedNeverZero() {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.removeIf(e -> e.marker() == Marker.ACK);

    DraftView view = view(events, ZoneOffset.UTC);

    MetricView detect = metric(view, "timeToDetect");
    assertThat(detect.recorded()).isFalse();
    assertThat(detect.value()).isEqualTo("not recorded");
    assertThat(detect.explanation())
        .isEqualTo("time to detect (MTTD) not recorded: T3 ack not recorded");
    assertThat(metric(view, "timeToAcknowledge").to()).isEqualTo("T3 ack not recorded");
    assertThat(view.timeline().markers().get(2).time()).isEqualTo("not recorded");
    assertThat(view.timeline().markers().get(2).text()).contains("✍️", "/pm event");
  }

  @Test
  void bothMarkersMissingAreBothNamed() {
    DraftView view =
        view(List.of(event(1, "2026-11-21T20:38:00Z", Marker.NOTE, "hm", "U1")), ZoneOffset.UTC);

    assertThat(metric(view, "timeToAcknowledge").explanation())
        .isEqualTo("time to acknowledge not recorded: T2 alert not recorded, T3 ack not recorded");
    assertThat(view.facts()).contains("The start of user impact (T1) is not recorded.");
  }

  @Test
  void aNegativeMetricIsShownAndFlagged() {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.removeIf(e -> e.marker() == Marker.ALERT);
    events.add(event(10, "2026-11-21T20:35:00Z", Marker.ALERT, "alert fired early", "U2"));

    DraftView view = view(events, ZoneOffset.UTC);

    MetricView alert = metric(view, "timeToAlert");
    assertThat(alert.negative()).isTrue();
    assertThat(alert.value()).isEqualTo("⚠ −3 min");
    assertThat(alert.explanation())
        .startsWith("time to alert ⚠ −3 min: T1 20:38 UTC")
        .endsWith("(T2 is before T1: check these markers)");
    assertThat(view.timeline().warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("⚠ T2 alert (20:35 UTC) is recorded before T1 impact (20:38 UTC)"));
    assertThat(view.timeline().events().get(0).flag()).isEqualTo("⚠ ");
    assertThat(view.timeline().markers().get(1).flag()).isEqualTo("⚠ ");
    assertThat(view.chart().markers())
        .filteredOn(TimelineChart.Point::flagged)
        .extracting(TimelineChart.Point::marker)
        .containsExactly(Marker.ALERT);
  }

  @Test
  void aReopenedIncidentCountsTheLatestResolvedMarker() {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.add(
        event(
            10, "2026-11-21T23:38:00Z", Marker.RESOLVED, "resolved again after the relapse", "U1"));

    DraftView view = view(events, ZoneOffset.UTC);

    assertThat(metric(view, "timeToResolve").value()).isEqualTo("3 h 00 min");
    assertThat(metric(view, "timeToResolve").to())
        .isEqualTo("T8 23:38 UTC “resolved again after the relapse”");
    EventView firstResolution =
        view.timeline().events().stream().filter(e -> e.number() == 9).findFirst().orElseThrow();
    assertThat(firstResolution.note()).isEqualTo("resolved, then reopened: the latest T8 counts");
    assertThat(view.timeline().markers().get(7).text())
        .isEqualTo("resolved again after the relapse");
  }

  @Test
  void aRepeatedMarkerSaysTheFirstCounts() {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.add(event(10, "2026-11-21T20:55:00Z", Marker.ACK, "second ack", "U3"));

    EventView repeat =
        view(events, ZoneOffset.UTC).timeline().events().stream()
            .filter(e -> e.number() == 10)
            .findFirst()
            .orElseThrow();

    assertThat(repeat.note()).isEqualTo("repeated: the first T3 counts");
  }

  @Test
  void aMultiDayIncidentAcrossTheEndOfSummerTimeCountsRealHours() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<TimelineEvent> events =
        List.of(
            event(1, "2026-10-24T21:30:00Z", Marker.IMPACT, "queue backs up", "U3"),
            event(2, "2026-10-24T22:10:00Z", Marker.ACK, "on-call looks", "U1"),
            event(3, "2026-10-25T01:30:00Z", Marker.RESTORED, "queue drained", "U1"),
            event(
                4,
                "2026-10-26T09:00:00Z",
                Marker.RESOLVED,
                "closing after a day of watching",
                "U1"));

    DraftView view = view(events, berlin);

    // 23:30 CEST to 02:30 CET is four hours of real time, though the wall clock moved three.
    MetricView restore = metric(view, "timeToRestore");
    assertThat(restore.value()).isEqualTo("4 h 00 min");
    assertThat(restore.from()).isEqualTo("T1 23:30 CEST “queue backs up”");
    assertThat(restore.to()).isEqualTo("T7 2026-10-25 02:30 CET “queue drained”");
    assertThat(metric(view, "timeToResolve").value()).isEqualTo("1 d 11 h 30 min");
    assertThat(view.timeline().events())
        .extracting(EventView::time)
        .containsExactly(
            "2026-10-24 23:30 CEST (21:30 UTC)",
            "2026-10-25 00:10 CEST (2026-10-24 22:10 UTC)",
            "2026-10-25 02:30 CET (01:30 UTC)",
            "2026-10-26 10:00 CET (09:00 UTC)");
    assertThat(view.timeline().mermaid())
        .extracting(TimelineView.Section::title)
        .containsExactly("2026-10-24", "2026-10-25", "2026-10-26");
  }
}
