package dev.scribe.postmortem;

import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.MetricValue;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/** Sentences about markers that contradict each other: shown and flagged, never hidden. */
final class Warnings {

  private Warnings() {}

  static List<String> of(IncidentMetrics metrics, Display display) {
    List<String> warnings = new ArrayList<>();
    for (Marker later : metrics.outOfOrder()) {
      TimelineEvent event = metrics.marker(later).orElseThrow();
      Marker.timelineMarkers().stream()
          .filter(earlier -> earlier.ordinal() < later.ordinal())
          .filter(
              earlier ->
                  metrics
                      .marker(earlier)
                      .filter(e -> event.occurredAt().isBefore(e.occurredAt()))
                      .isPresent())
          .findFirst()
          .ifPresent(
              earlier ->
                  warnings.add(
                      "⚠ "
                          + later.display()
                          + " ("
                          + display.when(event.occurredAt())
                          + ") is recorded before "
                          + earlier.display()
                          + " ("
                          + display.when(metrics.marker(earlier).orElseThrow().occurredAt())
                          + "): check the markers with `/pm timeline` and `/pm edit N`."));
    }
    for (MetricValue value : metrics.values()) {
      if (value.isNegative()) {
        warnings.add(
            "⚠ "
                + value.metric().display()
                + " is negative: "
                + value.metric().to().code()
                + " comes before "
                + value.metric().from().code()
                + ".");
      }
    }
    return warnings;
  }
}
