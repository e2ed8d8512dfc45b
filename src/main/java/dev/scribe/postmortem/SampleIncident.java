package dev.scribe.postmortem;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A large, made-up incident that a template is tried on before it is saved: every marker, every
 * field and action kind, and enough events that a list inside a list inside a list shows itself.
 */
final class SampleIncident {

  static final int EVENTS = 200;
  static final int ACTIONS = 12;
  private static final Instant START = Instant.parse("2026-01-15T09:00:00Z");
  private static final List<String> PEOPLE = List.of("U01", "U02", "U03", "U04", "U05");

  private SampleIncident() {}

  static DraftSource source() {
    Incident incident =
        new Incident(
            1,
            "T0SAMPLE",
            "C0SAMPLE",
            "INC-2026-001",
            "Sample incident: checkout errors",
            Severity.SEV2,
            IncidentStatus.RESOLVED,
            PEOPLE.get(0),
            PEOPLE.get(1),
            START,
            START.plus(Duration.ofMinutes(EVENTS)));
    return new DraftSource(
        incident,
        events(),
        fields(),
        actions(),
        id -> Optional.of("person " + id),
        ZoneOffset.UTC,
        START.plus(Duration.ofDays(1)));
  }

  private static List<TimelineEvent> events() {
    List<Marker> markers = Marker.timelineMarkers();
    List<TimelineEvent> events = new ArrayList<>(EVENTS);
    for (int n = 1; n <= EVENTS; n++) {
      int marker = (n - 1) * markers.size() / EVENTS;
      boolean defining = (n - 1) % (EVENTS / markers.size()) == 0;
      Instant at = START.plus(Duration.ofMinutes(n));
      String who = PEOPLE.get(n % PEOPLE.size());
      events.add(
          new TimelineEvent(
              n,
              1,
              n,
              at,
              defining ? markers.get(marker) : Marker.NOTE,
              "event " + n + ": <@" + who + "> checked the dashboards and posted what they saw",
              who,
              who,
              EventSource.COMMAND,
              null,
              at,
              false));
    }
    return events;
  }

  private static Map<IncidentField, String> fields() {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    for (IncidentField field : IncidentField.values()) {
      if (!field.isIncidentColumn()) {
        fields.put(field, field.example() + "\n" + field.example() + "; " + field.example());
      }
    }
    return fields;
  }

  private static List<ActionItem> actions() {
    List<ActionItem> actions = new ArrayList<>(ACTIONS);
    for (int n = 1; n <= ACTIONS; n++) {
      actions.add(
          new ActionItem(
              n,
              1,
              n,
              "action " + n + ": make the next incident shorter",
              PEOPLE.get(n % PEOPLE.size()),
              LocalDate.of(2026, 2, n),
              Priority.values()[n % Priority.values().length],
              ActionKind.values()[n % ActionKind.values().length],
              ActionStatus.OPEN,
              "https://tracker.example/OPS-" + n,
              PEOPLE.get(0),
              START,
              null,
              null));
    }
    return actions;
  }
}
