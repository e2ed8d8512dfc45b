package dev.scribe.postmortem;

import dev.scribe.incident.Incident;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.Metric;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the timeline picture needs: the defining marker events, the rest, the impact window. */
final class ChartData {

  private static final Set<String> FOOTER_METRICS =
      Set.of(key(Metric.TIME_TO_DETECT), key(Metric.TIME_TO_RESTORE), key(Metric.TIME_TO_RESOLVE));

  private ChartData() {}

  static TimelineChart of(
      Incident incident,
      List<TimelineEvent> events,
      IncidentMetrics metrics,
      List<MetricView> metricViews,
      Display display) {
    Set<Marker> flagged = Set.copyOf(metrics.outOfOrder());
    List<TimelineEvent> defining =
        Marker.timelineMarkers().stream().flatMap(m -> metrics.marker(m).stream()).toList();
    List<TimelineChart.Point> points =
        defining.stream()
            .map(
                e ->
                    new TimelineChart.Point(
                        e.marker(),
                        e.occurredAt(),
                        display.picture(e.text()),
                        flagged.contains(e.marker())))
            .toList();
    List<Instant> others =
        events.stream()
            .filter(e -> !isDefining(e, metrics))
            .map(TimelineEvent::occurredAt)
            .toList();
    List<String> footer =
        metricViews.stream()
            .filter(m -> FOOTER_METRICS.contains(m.key()))
            .map(m -> m.name() + ": " + m.value())
            .toList();
    return new TimelineChart(
        incident.publicId() + " — " + display.picture(incident.title()),
        display.zone(),
        points,
        others,
        metrics.marker(Marker.IMPACT).map(TimelineEvent::occurredAt),
        metrics.marker(Marker.RESTORED).map(TimelineEvent::occurredAt),
        footer);
  }

  private static boolean isDefining(TimelineEvent event, IncidentMetrics metrics) {
    return !event.marker().isNote()
        && metrics.marker(event.marker()).filter(d -> d == event).isPresent();
  }

  private static String key(Metric metric) {
    return Display.camel(metric.name());
  }
}
