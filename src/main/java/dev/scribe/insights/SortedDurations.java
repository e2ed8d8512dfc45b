package dev.scribe.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Durations in ascending order, and exact percentiles over them by the <b>nearest-rank</b> method:
 * the p-th percentile of n values is the value at rank ⌈p·n⌉ (1-based). Every figure is therefore a
 * duration some incident really had, never an average of two; the median of an even count is the
 * lower of the two middle values.
 */
public final class SortedDurations {

  private static final SortedDurations EMPTY = new SortedDurations(new long[0]);

  private final long[] millis;

  private SortedDurations(long[] sortedMillis) {
    this.millis = sortedMillis;
  }

  public static SortedDurations empty() {
    return EMPTY;
  }

  /** Sorts a copy of the first {@code count} values. */
  public static SortedDurations ofMillis(long[] values, int count) {
    long[] copy = Arrays.copyOf(values, count);
    Arrays.sort(copy);
    return new SortedDurations(copy);
  }

  public static SortedDurations of(List<Duration> durations) {
    return ofMillis(durations.stream().mapToLong(Duration::toMillis).toArray(), durations.size());
  }

  public int count() {
    return millis.length;
  }

  public boolean isEmpty() {
    return millis.length == 0;
  }

  /**
   * The nearest-rank percentile, {@code 0 < p ≤ 100}.
   *
   * @throws IllegalStateException when there are no values
   */
  public Duration percentile(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (isEmpty()) {
      throw new IllegalStateException("no values");
    }
    int rank = (int) Math.ceil(p / 100 * millis.length);
    return Duration.ofMillis(millis[Math.max(rank, 1) - 1]);
  }

  public Duration median() {
    return percentile(50);
  }

  public Duration p90() {
    return percentile(90);
  }

  public Duration min() {
    return percentile(100.0 / Math.max(millis.length, 1));
  }

  public Duration max() {
    return percentile(100);
  }

  /**
   * At most {@code limit} values spread evenly over the ranks (all of them when there are fewer),
   * for drawing a distribution without drawing every incident.
   */
  public List<Duration> sample(int limit) {
    int n = millis.length;
    List<Duration> out = new ArrayList<>(Math.min(n, limit));
    if (n <= limit) {
      for (long value : millis) {
        out.add(Duration.ofMillis(value));
      }
      return out;
    }
    for (int i = 0; i < limit; i++) {
      out.add(Duration.ofMillis(millis[(int) ((long) i * (n - 1) / (limit - 1))]));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SortedDurations other && Arrays.equals(millis, other.millis);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(millis);
  }

  @Override
  public String toString() {
    return "SortedDurations" + Arrays.toString(millis);
  }
}
