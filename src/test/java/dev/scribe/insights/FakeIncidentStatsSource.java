package dev.scribe.insights;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Incidents, events, fields and action items in memory; stats computed from them on each read. */
public final class FakeIncidentStatsSource implements IncidentStatsSource, StatsWorld {

  private record Stored(
      long id,
      String teamId,
      String publicId,
      Instant declaredAt,
      Severity severity,
      boolean open) {}

  private record Event(long incidentId, Marker marker, Instant at) {}

  private record Action(String teamId, long incidentId, LocalDate due, boolean open) {}

  private final Map<Long, Stored> incidents = new LinkedHashMap<>();
  private final Map<Long, Event> events = new LinkedHashMap<>();
  private final Map<Long, Map<IncidentField, String>> fields = new HashMap<>();
  private final List<Action> actions = new ArrayList<>();
  private long nextId = 1;

  @Override
  public IncidentStatsSource source() {
    return this;
  }

  @Override
  public long incident(String teamId, Instant declaredAt, Severity severity, boolean open) {
    long id = nextId++;
    incidents.put(
        id, new Stored(id, teamId, Incident.publicId(2026, (int) id), declaredAt, severity, open));
    return id;
  }

  @Override
  public long event(String teamId, long incidentId, Marker marker, Instant at) {
    long id = nextId++;
    events.put(id, new Event(incidentId, marker, at));
    return id;
  }

  @Override
  public void edit(String teamId, long incidentId, long eventId, Marker marker, Instant at) {
    events.put(eventId, new Event(incidentId, marker, at));
  }

  @Override
  public void delete(String teamId, long eventId) {
    events.remove(eventId);
  }

  @Override
  public void field(String teamId, long incidentId, IncidentField field, String value) {
    fields.computeIfAbsent(incidentId, k -> new EnumMap<>(IncidentField.class)).put(field, value);
  }

  @Override
  public void action(String teamId, long incidentId, LocalDate due, boolean open) {
    actions.add(new Action(teamId, incidentId, due, open));
  }

  /** An incident read back with the given markers, for service tests that need no events. */
  public long incident(
      String teamId, Instant declaredAt, Severity severity, boolean open, Map<Marker, Instant> at) {
    long id = incident(teamId, declaredAt, severity, open);
    at.forEach((marker, when) -> event(teamId, id, marker, when));
    return id;
  }

  @Override
  public void incidents(
      String teamId, Period period, Optional<IncidentField> field, Consumer<IncidentTimes> each) {
    incidents.values().stream()
        .filter(i -> i.teamId().equals(teamId) && in(period, i.declaredAt()))
        .sorted(Comparator.comparing(Stored::declaredAt).thenComparingLong(Stored::id))
        .forEach(
            i ->
                each.accept(
                    new IncidentTimes(
                        i.id(),
                        i.publicId(),
                        "C" + i.id(),
                        i.severity(),
                        i.open(),
                        markers(i.id()),
                        field
                            .map(f -> fields.getOrDefault(i.id(), Map.of()).get(f))
                            .orElse(null))));
  }

  private MarkerTimes markers(long incidentId) {
    Map<Marker, Instant> chosen = new EnumMap<>(Marker.class);
    for (Event e : events.values()) {
      if (e.incidentId() != incidentId || e.marker().isNote()) {
        continue;
      }
      chosen.merge(
          e.marker(),
          e.at(),
          (a, b) -> e.marker() == Marker.RESOLVED ? max(a, b) : (a.isBefore(b) ? a : b));
    }
    MarkerTimes.Builder builder = MarkerTimes.builder();
    chosen.forEach(builder::at);
    return builder.build();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public Map<Long, ActionCounts> openActions(String teamId, Period period, LocalDate today) {
    Map<Long, ActionCounts> counts = new HashMap<>();
    for (Action a : actions) {
      Stored incident = incidents.get(a.incidentId());
      if (a.open()
          && a.teamId().equals(teamId)
          && incident.teamId().equals(teamId)
          && in(period, incident.declaredAt())) {
        boolean overdue = a.due() != null && a.due().isBefore(today);
        counts.merge(a.incidentId(), new ActionCounts(1, overdue ? 1 : 0), ActionCounts::plus);
      }
    }
    return counts;
  }

  @Override
  public List<String> workspaces() {
    return new ArrayList<>(new TreeSet<>(incidents.values().stream().map(Stored::teamId).toList()));
  }

  private static boolean in(Period period, Instant at) {
    return !at.isBefore(period.from()) && at.isBefore(period.until());
  }
}
