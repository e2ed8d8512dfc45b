package dev.scribe.metrics;

import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Markers and metrics of a timeline. Each marker is the earliest event carrying it, except T8
 * (resolved) where the latest counts, because an incident can be reopened and resolved again.
 */
public final class IncidentMetrics {

  private static final Comparator<TimelineEvent> CHRONOLOGICAL =
      Comparator.comparing(TimelineEvent::occurredAt).thenComparingInt(TimelineEvent::number);

  private final Map<Marker, TimelineEvent> markers;

  private IncidentMetrics(Map<Marker, TimelineEvent> markers) {
    this.markers = markers;
  }

  /** One pass over the events: linear in their number. */
  public static IncidentMetrics of(Collection<TimelineEvent> events) {
    Map<Marker, TimelineEvent> chosen = new EnumMap<>(Marker.class);
    for (TimelineEvent event : events) {
      if (event.marker().isNote()) {
        continue;
      }
      chosen.merge(event.marker(), event, IncidentMetrics::preferred);
    }
    return new IncidentMetrics(chosen);
  }

  private static TimelineEvent preferred(TimelineEvent current, TimelineEvent candidate) {
    boolean latestWins = candidate.marker() == Marker.RESOLVED;
    int order = CHRONOLOGICAL.compare(candidate, current);
    return (latestWins ? order > 0 : order < 0) ? candidate : current;
  }

  /** The event that defines the marker, if it was recorded. */
  public Optional<TimelineEvent> marker(Marker marker) {
    return Optional.ofNullable(markers.get(marker));
  }

  public MetricValue value(Metric metric) {
    return new MetricValue(metric, marker(metric.from()), marker(metric.to()));
  }

  /** Every metric of the contract, in contract order. */
  public List<MetricValue> values() {
    return java.util.Arrays.stream(Metric.values()).map(this::value).toList();
  }

  /**
   * Markers recorded out of order: a marker whose event happened before the event of an earlier
   * marker (an alert before the marked impact start, say). Shown and flagged, never hidden.
   */
  public List<Marker> outOfOrder() {
    List<Marker> recorded = Marker.timelineMarkers().stream().filter(markers::containsKey).toList();
    return recorded.stream()
        .filter(
            later ->
                recorded.stream()
                    .filter(earlier -> earlier.ordinal() < later.ordinal())
                    .anyMatch(
                        earlier ->
                            markers
                                .get(later)
                                .occurredAt()
                                .isBefore(markers.get(earlier).occurredAt())))
        .toList();
  }
}
