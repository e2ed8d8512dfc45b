package dev.scribe.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a load run measured: requests started in the measured window and answered, their latency
 * percentiles in milliseconds (requests never answered count with their time so far), statuses, and
 * the ids of every request answered with a 2xx.
 */
record LoadResult(
    long completed,
    double perSecond,
    double p50Millis,
    double p99Millis,
    double maxMillis,
    long non2xx,
    long connectionErrors,
    long unanswered,
    Map<Integer, Long> statuses,
    List<String> ackedIds) {

  static LoadResult of(
      long[] latencyNanos,
      Duration measured,
      Map<Integer, Long> statuses,
      long connectionErrors,
      long unanswered,
      List<String> ackedIds) {
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    long answered = statuses.values().stream().mapToLong(Long::longValue).sum();
    long non2xx =
        statuses.entrySet().stream()
            .filter(e -> e.getKey() < 200 || e.getKey() >= 300)
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new LoadResult(
        answered,
        answered / (measured.toNanos() / 1e9),
        millis(percentile(sorted, 0.50)),
        millis(percentile(sorted, 0.99)),
        millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
        non2xx,
        connectionErrors,
        unanswered,
        statuses,
        ackedIds);
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
