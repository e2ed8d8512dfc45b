package dev.scribe.insights;

import dev.scribe.common.Times;
import dev.scribe.metrics.Metric;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An incident whose markers leave a metric missing or negative: listed so someone can fix the
 * timeline, since the figures leave it out.
 *
 * @param publicId "INC-2026-014"
 * @param channelId its Slack channel, for a link
 * @param missing markers the metrics need that are not recorded (only for resolved incidents: an
 *     open one may simply not have them yet)
 * @param negative metrics that came out negative, with their value
 */
public record DataToFix(
    String publicId, String channelId, List<Marker> missing, Map<Metric, Duration> negative) {

  public DataToFix {
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(channelId, "channelId");
    missing = List.copyOf(missing);
    // In metric order, so that descriptions and exports read the same every time.
    negative = negative.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(negative));
  }

  /** "no T2 alert, T5 cause · time to alert −5 min (T2 before T1)". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("no " + missing.stream().map(Marker::display).collect(Collectors.joining(", ")));
    }
    for (Metric metric : Metric.values()) {
      Duration value = negative.get(metric);
      if (value != null) {
        parts.add(
            metric.label()
                + " "
                + Times.duration(value)
                + " ("
                + metric.to().code()
                + " before "
                + metric.from().code()
                + ")");
      }
    }
    return String.join(" · ", parts);
  }
}
