package dev.scribe.insights;

import dev.scribe.metrics.Metric;
import java.util.Objects;

/**
 * One metric over the incidents of a group.
 *
 * @param metric which metric
 * @param incidents N, the incidents of the group
 * @param values the recorded, non-negative durations: n = {@code values.count()}
 * @param missing incidents where a marker of the metric is not recorded
 * @param negative incidents where the metric came out negative (markers out of order): shown as
 *     data to fix, not counted in the figures
 */
public record MetricStats(
    Metric metric, int incidents, SortedDurations values, int missing, int negative) {

  public MetricStats {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(values, "values");
    if (values.count() + missing + negative != incidents) {
      throw new IllegalArgumentException(
          metric + ": " + values.count() + " + " + missing + " + " + negative + " ≠ " + incidents);
    }
  }

  /** n, the incidents where it is recorded and not negative. */
  public int recorded() {
    return values.count();
  }
}
