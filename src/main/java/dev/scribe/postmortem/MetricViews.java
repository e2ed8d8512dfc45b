package dev.scribe.postmortem;

import dev.scribe.common.Times;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.Metric;
import dev.scribe.metrics.MetricValue;
import dev.scribe.timeline.Marker;
import java.util.ArrayList;
import java.util.List;

/** Each metric with its value and the two events it comes from; missing and negative shown. */
final class MetricViews {

  static final String NOT_RECORDED = "not recorded";

  private MetricViews() {}

  static List<MetricView> of(IncidentMetrics metrics, Display display) {
    return metrics.values().stream().map(v -> view(v, display)).toList();
  }

  private static MetricView view(MetricValue value, Display display) {
    Metric metric = value.metric();
    String from = value.from().map(display::quote).orElse(missing(metric.from()));
    String to = value.to().map(display::quote).orElse(missing(metric.to()));
    String formula = metric.to().code() + " − " + metric.from().code();
    String shown = shown(value);
    return new MetricView(
        Display.camel(metric.name()),
        metric.display(),
        shown,
        value.isRecorded(),
        value.isNegative(),
        from,
        to,
        explanation(value, shown, from, to),
        formula);
  }

  /** "7 min", "⚠ −3 min" or "not recorded". */
  static String shown(MetricValue value) {
    String shown = value.duration().map(Times::duration).orElse(NOT_RECORDED);
    return value.isNegative() ? "⚠ " + shown : shown;
  }

  private static String explanation(MetricValue value, String shown, String from, String to) {
    Metric metric = value.metric();
    if (!value.isRecorded()) {
      List<String> gaps = new ArrayList<>();
      if (value.from().isEmpty()) {
        gaps.add(missing(metric.from()));
      }
      if (value.to().isEmpty()) {
        gaps.add(missing(metric.to()));
      }
      return metric.display() + " " + NOT_RECORDED + ": " + String.join(", ", gaps);
    }
    String line = metric.display() + " " + shown + ": " + from + " → " + to;
    if (value.isNegative()) {
      line +=
          " ("
              + metric.to().code()
              + " is before "
              + metric.from().code()
              + ": check these markers)";
    }
    return line;
  }

  private static String missing(Marker marker) {
    return marker.display() + " " + NOT_RECORDED;
  }
}
