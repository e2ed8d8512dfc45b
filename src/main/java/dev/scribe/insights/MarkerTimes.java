package dev.scribe.insights;

import dev.scribe.metrics.Metric;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * An incident's marker times as its metrics count them (the earliest event per marker, the latest
 * T8), as stored per incident. Compact on purpose: stats hold one of these per incident of the
 * period.
 */
public final class MarkerTimes {

  private static final MarkerTimes NONE = new Builder().build();

  private final long[] millis;
  private final boolean[] recorded;

  private MarkerTimes(long[] millis, boolean[] recorded) {
    this.millis = millis;
    this.recorded = recorded;
  }

  /** No marker recorded. */
  public static MarkerTimes none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** When the marker happened, if it was recorded. */
  public Optional<Instant> at(Marker marker) {
    return has(marker)
        ? Optional.of(Instant.ofEpochMilli(millis[marker.ordinal()]))
        : Optional.empty();
  }

  public boolean has(Marker marker) {
    return recorded[marker.ordinal()];
  }

  /** The metric's duration, present only when both its markers are recorded; may be negative. */
  public Optional<Duration> value(Metric metric) {
    return isRecorded(metric) ? Optional.of(Duration.ofMillis(millisOf(metric))) : Optional.empty();
  }

  boolean isRecorded(Metric metric) {
    return has(metric.from()) && has(metric.to());
  }

  /** The metric in milliseconds; only meaningful when {@link #isRecorded} — no boxing per value. */
  long millisOf(Metric metric) {
    return millis[metric.to().ordinal()] - millis[metric.from().ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarkerTimes other
        && Arrays.equals(recorded, other.recorded)
        && Arrays.equals(masked(), other.masked());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(masked());
  }

  private long[] masked() {
    long[] out = millis.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = recorded[i] ? out[i] : 0;
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MarkerTimes[");
    for (Marker marker : Marker.timelineMarkers()) {
      at(marker).ifPresent(at -> s.append(marker.code()).append('=').append(at).append(' '));
    }
    return s.toString().strip() + "]";
  }

  /** Collects marker times; a marker never set is not recorded. */
  public static final class Builder {
    private final long[] millis = new long[Marker.values().length];
    private final boolean[] recorded = new boolean[Marker.values().length];

    private Builder() {}

    public Builder at(Marker marker, Instant at) {
      return atEpochMilli(marker, at.toEpochMilli());
    }

    public Builder atEpochMilli(Marker marker, long epochMilli) {
      if (marker.isNote()) {
        throw new IllegalArgumentException("a note is not a marker");
      }
      millis[marker.ordinal()] = epochMilli;
      recorded[marker.ordinal()] = true;
      return this;
    }

    public MarkerTimes build() {
      return new MarkerTimes(millis.clone(), recorded.clone());
    }
  }
}
