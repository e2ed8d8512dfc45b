package dev.scribe.postmortem;

import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.Metric;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The timeline as the draft shows it: every event, the T1…T8 rows, and what looks wrong. */
final class TimelineViews {

  private TimelineViews() {}

  /**
   * @param events in time order
   */
  static TimelineView of(List<TimelineEvent> events, IncidentMetrics metrics, Display display) {
    Set<Marker> outOfOrder = Set.copyOf(metrics.outOfOrder());
    List<EventView> views = new ArrayList<>(events.size());
    for (TimelineEvent event : events) {
      views.add(event(event, metrics, outOfOrder, display));
    }
    List<MarkerRow> rows =
        Marker.timelineMarkers().stream().map(m -> row(m, metrics, outOfOrder, display)).toList();
    List<String> warnings = Warnings.of(metrics, display);
    List<TimelineView.Section> mermaid = MermaidTimeline.sections(events, display);
    Optional<TimelineEvent> first = events.stream().findFirst();
    Optional<TimelineEvent> last =
        events.isEmpty() ? first : Optional.of(events.get(events.size() - 1));
    return new TimelineView(
        display.zoneLabel(first.map(TimelineEvent::occurredAt).orElse(Instant.EPOCH)),
        events.size(),
        !events.isEmpty(),
        views,
        rows,
        mermaid,
        !mermaid.isEmpty(),
        warnings,
        !warnings.isEmpty(),
        first.map(e -> display.time(e.occurredAt())).orElse(MetricViews.NOT_RECORDED),
        last.map(e -> display.time(e.occurredAt())).orElse(MetricViews.NOT_RECORDED));
  }

  private static EventView event(
      TimelineEvent event, IncidentMetrics metrics, Set<Marker> outOfOrder, Display display) {
    Marker marker = event.marker();
    boolean defining =
        !marker.isNote() && metrics.marker(marker).filter(d -> d == event).isPresent();
    String note = marker.isNote() ? "" : defining ? definingNote(marker) : repeatNote(marker);
    return new EventView(
        event.number(),
        display.time(event.occurredAt()),
        display.when(event.occurredAt()),
        marker.code(),
        marker.display(),
        !marker.isNote(),
        display.inline(event.text()),
        who(event, display),
        SourceLink.of(event.link().orElse(null)),
        defining && outOfOrder.contains(marker) ? "⚠ " : "",
        note);
  }

  private static MarkerRow row(
      Marker marker, IncidentMetrics metrics, Set<Marker> outOfOrder, Display display) {
    Optional<TimelineEvent> event = metrics.marker(marker);
    return new MarkerRow(
        marker.code(),
        marker.label(),
        marker.meaning(),
        event.isPresent(),
        event.map(e -> display.time(e.occurredAt())).orElse(MetricViews.NOT_RECORDED),
        event
            .map(e -> display.inline(e.text()))
            .orElse("✍️ _not recorded — `/pm event WHEN " + marker.label() + ": …`_"),
        definingNote(marker),
        event.isPresent() && outOfOrder.contains(marker) ? "⚠ " : "");
  }

  /** "← ack: a responder acknowledged — detection (MTTD = T3 − T1)". */
  static String definingNote(Marker marker) {
    String metrics =
        Arrays.stream(Metric.values())
            .filter(m -> m.to() == marker && !m.alias().isEmpty())
            .map(m -> m.alias() + " = " + m.to().code() + " − " + m.from().code())
            .collect(Collectors.joining(", "));
    return "← " + marker.meaning() + (metrics.isEmpty() ? "" : " (" + metrics + ")");
  }

  private static String repeatNote(Marker marker) {
    return marker == Marker.RESOLVED
        ? "resolved, then reopened: the latest T8 counts"
        : "repeated: the first " + marker.code() + " counts";
  }

  private static String who(TimelineEvent event, Display display) {
    String author = event.author().map(display::name).orElse("");
    String recorder = event.recordedBy() == null ? "" : display.name(event.recordedBy());
    if (event.source() == EventSource.SYSTEM) {
      return "Scribe";
    }
    if (author.isEmpty() || author.equals(recorder)) {
      return recorder.isEmpty() ? author : recorder;
    }
    return recorder.isEmpty() ? author : author + ", recorded by " + recorder;
  }
}
