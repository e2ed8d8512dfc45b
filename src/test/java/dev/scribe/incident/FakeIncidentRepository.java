package dev.scribe.incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Incidents in memory; passes {@link IncidentRepositoryContract}. */
public final class FakeIncidentRepository implements IncidentRepository {

  private final Map<Long, Incident> incidents = new TreeMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final Map<Long, Map<IncidentField, String>> fields = new HashMap<>();
  private final List<Change> history = new ArrayList<>();
  private long nextId = 1;

  /** One line of an incident's history. */
  public record Change(
      String teamId,
      long incidentId,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at) {}

  @Override
  public synchronized Incident create(NewIncident n) {
    if (openIn(n.teamId(), n.channelId()).isPresent()) {
      throw new AlreadyOpenException(n.channelId());
    }
    int year = n.declaredAt().atZone(ZoneOffset.UTC).getYear();
    int number = counters.merge(n.teamId() + "/" + year, 1, Integer::sum);
    Incident incident =
        new Incident(
            nextId++,
            n.teamId(),
            n.channelId(),
            Incident.publicId(year, number),
            n.title(),
            n.severity(),
            IncidentStatus.OPEN,
            null,
            n.declaredBy(),
            millis(n.declaredAt()),
            null);
    incidents.put(incident.id(), incident);
    return incident;
  }

  @Override
  public synchronized Optional<Incident> openIn(String teamId, String channelId) {
    return inChannel(teamId, channelId).filter(Incident::isOpen).findFirst();
  }

  @Override
  public synchronized List<String> teamsWithChannel(String channelId) {
    return incidents.values().stream()
        .filter(i -> i.channelId().equals(channelId))
        .map(Incident::teamId)
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public synchronized Optional<Incident> latestIn(String teamId, String channelId) {
    return inChannel(teamId, channelId).max(Comparator.comparingLong(Incident::id));
  }

  private static final Comparator<Incident> NEWEST_DECLARED =
      Comparator.comparing((Incident i) -> i.declaredAt())
          .thenComparingLong(Incident::id)
          .reversed();
  private static final Comparator<Incident> LATEST_RESOLVED =
      Comparator.comparing((Incident i) -> i.resolvedAt())
          .thenComparingLong(Incident::id)
          .reversed();

  @Override
  public synchronized List<Incident> openOrResolvedSince(String teamId, Instant since, int limit) {
    List<Incident> found = new ArrayList<>();
    ofTeam(teamId).filter(Incident::isOpen).sorted(NEWEST_DECLARED).forEach(found::add);
    ofTeam(teamId)
        .filter(i -> !i.isOpen() && !i.resolvedAt().isBefore(since))
        .sorted(LATEST_RESOLVED)
        .forEach(found::add);
    return found.subList(0, Math.min(limit, found.size()));
  }

  @Override
  public synchronized Optional<Incident> byId(String teamId, long id) {
    return Optional.ofNullable(incidents.get(id)).filter(i -> i.teamId().equals(teamId));
  }

  @Override
  public synchronized Optional<Incident> byPublicId(String teamId, String publicId) {
    return ofTeam(teamId).filter(i -> i.publicId().equals(publicId)).findFirst();
  }

  @Override
  public synchronized List<Incident> list(String teamId, int limit) {
    return ofTeam(teamId)
        .sorted(Comparator.comparingLong(Incident::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Incident save(Incident changed) {
    Incident stored = byId(changed.teamId(), changed.id()).orElseThrow(NoSuchElementException::new);
    Incident saved =
        new Incident(
            stored.id(),
            stored.teamId(),
            stored.channelId(),
            stored.publicId(),
            changed.title(),
            changed.severity(),
            changed.status(),
            changed.ownerId(),
            stored.declaredBy(),
            stored.declaredAt(),
            changed.resolvedAt() == null ? null : millis(changed.resolvedAt()));
    incidents.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized Map<IncidentField, String> fields(String teamId, long incidentId) {
    return byId(teamId, incidentId).isEmpty()
        ? new EnumMap<>(IncidentField.class)
        : new EnumMap<>(fieldsOf(incidentId));
  }

  @Override
  public synchronized void putField(
      String teamId,
      long incidentId,
      IncidentField field,
      String value,
      String userId,
      Instant at) {
    if (byId(teamId, incidentId).isEmpty()) {
      return;
    }
    String old =
        value == null ? fieldsOf(incidentId).remove(field) : fieldsOf(incidentId).put(field, value);
    recordChange(teamId, incidentId, field.key(), old, value, userId, at);
  }

  @Override
  public synchronized void recordChange(
      String teamId,
      long incidentId,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at) {
    history.add(new Change(teamId, incidentId, name, oldValue, newValue, userId, millis(at)));
  }

  @Override
  public synchronized Optional<Instant> resolutionRecordedAt(String teamId, long incidentId) {
    return history(teamId, incidentId).stream()
        .filter(c -> c.name().equals("status") && "RESOLVED".equals(c.newValue()))
        .map(Change::at)
        .max(Instant::compareTo);
  }

  /** The history of one incident, oldest first. */
  public synchronized List<Change> history(String teamId, long incidentId) {
    return history.stream()
        .filter(c -> c.teamId().equals(teamId) && c.incidentId() == incidentId)
        .toList();
  }

  private Map<IncidentField, String> fieldsOf(long incidentId) {
    return fields.computeIfAbsent(incidentId, id -> new EnumMap<>(IncidentField.class));
  }

  private Stream<Incident> ofTeam(String teamId) {
    return incidents.values().stream().filter(i -> i.teamId().equals(teamId));
  }

  private Stream<Incident> inChannel(String teamId, String channelId) {
    return ofTeam(teamId).filter(i -> i.channelId().equals(channelId));
  }

  /** The database keeps instants to the millisecond. */
  private static Instant millis(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS);
  }
}
