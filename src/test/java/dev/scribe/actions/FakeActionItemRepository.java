package dev.scribe.actions;

import dev.scribe.incident.Incident;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Action items in memory; passes {@link ActionItemRepositoryContract}. */
public final class FakeActionItemRepository implements ActionItemRepository {

  private final Map<Long, Incident> incidents = new TreeMap<>();
  private final Map<Long, ActionItem> items = new TreeMap<>();
  private long nextId = 1;

  /** Makes an incident known, as the incident feature's storage would. */
  public synchronized Incident addIncident(Incident incident) {
    incidents.put(incident.id(), incident);
    return incident;
  }

  @Override
  public synchronized ActionItem add(String teamId, ActionDraft draft) {
    Incident incident = incidentOf(teamId, draft.incidentId()).orElseThrow();
    int number =
        items.values().stream()
                .filter(i -> i.incidentId() == incident.id())
                .mapToInt(ActionItem::number)
                .max()
                .orElse(0)
            + 1;
    ActionItem stored = draft.stored(nextId++, number);
    items.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized List<ActionItem> forIncident(String teamId, long incidentId) {
    return incidentOf(teamId, incidentId).isEmpty()
        ? List.of()
        : items.values().stream()
            .filter(i -> i.incidentId() == incidentId)
            .sorted(Comparator.comparingInt(ActionItem::number))
            .toList();
  }

  @Override
  public synchronized Optional<ActionItem> byNumber(String teamId, long incidentId, int number) {
    return forIncident(teamId, incidentId).stream().filter(i -> i.number() == number).findFirst();
  }

  @Override
  public synchronized Optional<IncidentAction> byId(String teamId, long id) {
    return Optional.ofNullable(items.get(id)).flatMap(i -> withIncident(teamId, i));
  }

  @Override
  public synchronized void update(String teamId, ActionItem item) {
    if (byId(teamId, item.id()).isPresent()) {
      items.put(item.id(), item);
    }
  }

  @Override
  public synchronized List<IncidentAction> openOwnedBy(String teamId, String userId) {
    return select(teamId, i -> i.isOpen() && userId.equals(i.ownerId())).stream()
        .sorted(
            Comparator.comparing(
                    (IncidentAction a) -> a.item().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.item().id()))
        .toList();
  }

  @Override
  public synchronized List<IncidentAction> openDueBeforeInAllWorkspaces(LocalDate day) {
    return items.values().stream()
        .filter(i -> i.isOpen() && i.dueDate() != null && i.dueDate().isBefore(day))
        .map(i -> new IncidentAction(incidents.get(i.incidentId()), i))
        .toList();
  }

  @Override
  public synchronized List<String> teamsWithOpenItems() {
    return teams(ActionItem::isOpen);
  }

  @Override
  public synchronized int countOpen(String teamId) {
    return select(teamId, ActionItem::isOpen).size();
  }

  private List<String> teams(Predicate<ActionItem> filter) {
    return items.values().stream()
        .filter(filter)
        .map(i -> incidents.get(i.incidentId()).teamId())
        .distinct()
        .sorted()
        .toList();
  }

  private List<IncidentAction> select(String teamId, Predicate<ActionItem> filter) {
    List<IncidentAction> out = new ArrayList<>();
    for (ActionItem i : items.values()) {
      if (filter.test(i)) {
        withIncident(teamId, i).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<IncidentAction> withIncident(String teamId, ActionItem item) {
    return incidentOf(teamId, item.incidentId()).map(inc -> new IncidentAction(inc, item));
  }

  private Optional<Incident> incidentOf(String teamId, long incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).filter(i -> i.teamId().equals(teamId));
  }
}
