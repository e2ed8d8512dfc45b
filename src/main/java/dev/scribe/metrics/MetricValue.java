package dev.scribe.metrics;

import dev.scribe.timeline.TimelineEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed metric and the two events it was computed from. Empty when either marker was not
 * recorded: a missing marker is "not recorded", never zero.
 */
public record MetricValue(Metric metric, Optional<TimelineEvent> from, Optional<TimelineEvent> to) {

  public MetricValue {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The duration, present only when both markers are recorded. May be negative. */
  public Optional<Duration> duration() {
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(from.get().occurredAt(), to.get().occurredAt()));
  }

  public boolean isRecorded() {
    return duration().isPresent();
  }

  /**
   * True when the later marker was recorded before the earlier one: shown and flagged, not hidden.
   */
  public boolean isNegative() {
    return duration().map(Duration::isNegative).orElse(false);
  }
}
