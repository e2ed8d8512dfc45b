package dev.scribe.postmortem;

import dev.scribe.incident.Incident;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the view model from what Scribe knows; everything is computed here, once. */
final class DraftViews {

  private static final Comparator<TimelineEvent> CHRONOLOGICAL =
      Comparator.comparing(TimelineEvent::occurredAt).thenComparingInt(TimelineEvent::number);

  private final EventText eventText;

  DraftViews(EventText eventText) {
    this.eventText = eventText;
  }

  DraftView build(DraftSource source, String templateName) {
    List<TimelineEvent> events = source.events().stream().sorted(CHRONOLOGICAL).toList();
    IncidentMetrics metrics = IncidentMetrics.of(events);
    Instant start = start(source, events, metrics);
    Display display = new Display(source, eventText, start);
    List<MetricView> metricViews = MetricViews.of(metrics, display);
    List<DraftView.ParticipantView> participants = Participants.of(source, events, eventText);
    ActionsView actions = ActionViews.of(source.actions(), display);
    IncidentView incident = incident(source, display, start);
    return new DraftView(
        templateName,
        display.time(source.generatedAt()),
        incident,
        FieldViews.of(source, display),
        participants,
        participants.stream()
            .map(DraftView.ParticipantView::name)
            .collect(Collectors.joining(", ")),
        TimelineViews.of(events, metrics, display),
        metricViews,
        metricViews.stream().collect(Collectors.toMap(MetricView::key, Function.identity())),
        actions,
        Facts.sentence(incident, events.size(), participants.size(), metrics, actions, display),
        ChartData.of(source.incident(), events, metrics, metricViews, display),
        ReviewViews.review(source, display),
        ReviewViews.history(source, display));
  }

  /** Only what the timeline picture needs: no per-event text is prepared. */
  TimelineChart chart(DraftSource source) {
    List<TimelineEvent> events = source.events().stream().sorted(CHRONOLOGICAL).toList();
    IncidentMetrics metrics = IncidentMetrics.of(events);
    Instant start = start(source, events, metrics);
    Display display = new Display(source, eventText, start);
    return ChartData.of(
        source.incident(), events, metrics, MetricViews.of(metrics, display), display);
  }

  /** When the incident began: T1, else the first event, else its declaration. */
  private static Instant start(DraftSource source, List<TimelineEvent> events, IncidentMetrics m) {
    return m.marker(Marker.IMPACT)
        .or(() -> events.stream().findFirst())
        .map(TimelineEvent::occurredAt)
        .orElse(source.incident().declaredAt());
  }

  private static IncidentView incident(DraftSource source, Display display, Instant start) {
    Incident incident = source.incident();
    return new IncidentView(
        incident.publicId(),
        display.inline(incident.title()),
        incident
            .severityIfSet()
            .map(FieldViews::severity)
            .orElse("✍️ _severity? (`/pm set severity sev2`)_"),
        incident.severityIfSet().map(Enum::name).orElse("SEV?"),
        incident.isOpen() ? "open" : "resolved",
        incident.owner().map(display::name).orElse("✍️ _owner? (`/pm set owner @name`)_"),
        incident.declaredBy() == null ? "unknown" : display.name(incident.declaredBy()),
        display.time(incident.declaredAt()),
        incident.resolvedAt() == null ? "still open" : display.time(incident.resolvedAt()),
        incident.channelId(),
        display.zoneLabel(start),
        start.atZone(source.zone()).toLocalDate().toString(),
        source.review().status().display());
  }
}
