package dev.scribe.postmortem;

import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the timeline picture shows: the markers, the other events, and the impact window.
 *
 * @param title the picture's title
 * @param zone the zone of the time axis
 * @param markers the event defining each recorded marker
 * @param others the times of every other event
 * @param impactStart T1, if recorded
 * @param impactEnd T7, if recorded
 * @param footer short lines under the chart (the key metrics)
 */
public record TimelineChart(
    String title,
    ZoneId zone,
    List<Point> markers,
    List<Instant> others,
    Optional<Instant> impactStart,
    Optional<Instant> impactEnd,
    List<String> footer) {

  public TimelineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(zone, "zone");
    markers = List.copyOf(markers);
    others = List.copyOf(others);
    Objects.requireNonNull(impactStart, "impactStart");
    Objects.requireNonNull(impactEnd, "impactEnd");
    footer = List.copyOf(footer);
  }

  /** One marker on the chart; flagged when it is out of order. */
  public record Point(Marker marker, Instant at, String text, boolean flagged) {
    public Point {
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(text, "text");
    }
  }
}
