package dev.scribe.postmortem;

import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.Metric;
import dev.scribe.metrics.MetricValue;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The facts the timeline establishes, as one paragraph a person can start the summary from. */
final class Facts {

  private Facts() {}

  static String sentence(
      IncidentView incident,
      int eventCount,
      int people,
      IncidentMetrics metrics,
      ActionsView actions,
      Display display) {
    List<String> parts = new ArrayList<>();
    parts.add(
        incident.id()
            + " “"
            + incident.title()
            + "” ("
            + incident.severityShort()
            + ") is "
            + incident.status()
            + ".");
    parts.add(impact(metrics, display));
    parts.add(
        duration(metrics.value(Metric.TIME_TO_DETECT), "It was detected", "after impact began"));
    parts.add(
        duration(metrics.value(Metric.TIME_TO_RESOLVE), "It was resolved", "after impact began"));
    parts.add(
        "The timeline holds "
            + eventCount
            + plural(eventCount, " event")
            + " from "
            + people
            + plural(people, " person", " people")
            + "; "
            + actions.count()
            + plural(actions.count(), " action item")
            + ", "
            + actions.open()
            + " open.");
    return String.join(" ", parts);
  }

  private static String impact(IncidentMetrics metrics, Display display) {
    Optional<TimelineEvent> start = metrics.marker(Marker.IMPACT);
    Optional<TimelineEvent> end = metrics.marker(Marker.RESTORED);
    if (start.isEmpty()) {
      return "The start of user impact (T1) is not recorded.";
    }
    String began = "User impact began " + display.when(start.get().occurredAt());
    if (end.isEmpty()) {
      return began + "; its end (T7) is not recorded.";
    }
    return began
        + " and ended "
        + display.when(end.get().occurredAt())
        + " ("
        + MetricViews.shown(metrics.value(Metric.TIME_TO_RESTORE))
        + ").";
  }

  private static String duration(MetricValue value, String subject, String reference) {
    if (!value.isRecorded()) {
      String name = value.metric().display();
      return Character.toUpperCase(name.charAt(0))
          + name.substring(1)
          + ": "
          + MetricViews.NOT_RECORDED
          + ".";
    }
    return subject + " " + MetricViews.shown(value) + " " + reference + ".";
  }

  private static String plural(int n, String word) {
    return plural(n, word, word + "s");
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }
}
