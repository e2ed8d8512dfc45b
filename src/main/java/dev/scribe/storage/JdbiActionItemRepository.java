package dev.scribe.storage;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemRepository;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Action items in the database; numbers come from the incident's counter, in the same transaction.
 */
public final class JdbiActionItemRepository implements ActionItemRepository {

  private final Jdbi jdbi;

  public JdbiActionItemRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private <T> T dao(Function<ActionItemDao, T> call) {
    return jdbi.withHandle(h -> call.apply(h.attach(ActionItemDao.class)));
  }

  @Override
  public ActionItem add(String teamId, ActionDraft d) {
    return jdbi.inTransaction(
        h -> {
          ActionItemDao dao = h.attach(ActionItemDao.class);
          int number =
              dao.nextNumber(teamId, d.incidentId())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no incident " + d.incidentId() + " in " + teamId));
          ItemRowBuilder row = new ItemRowBuilder(teamId, d.stored(0, number));
          return d.stored(dao.insert(row.build()), number);
        });
  }

  @Override
  public List<ActionItem> forIncident(String teamId, long incidentId) {
    return dao(d -> d.forIncident(teamId, incidentId)).stream()
        .map(JdbiActionItemRepository::item)
        .toList();
  }

  @Override
  public Optional<ActionItem> byNumber(String teamId, long incidentId, int number) {
    return dao(d -> d.byNumber(teamId, incidentId, number)).map(JdbiActionItemRepository::item);
  }

  @Override
  public Optional<IncidentAction> byId(String teamId, long id) {
    return dao(d -> d.byId(teamId, id)).map(JdbiActionItemRepository::withIncident);
  }

  @Override
  public void update(String teamId, ActionItem item) {
    dao(d -> d.update(new ItemRowBuilder(teamId, item).build()));
  }

  @Override
  public List<IncidentAction> openOwnedBy(String teamId, String userId) {
    return joined(dao(d -> d.openOwnedBy(teamId, userId)));
  }

  @Override
  public List<IncidentAction> openDueBeforeInAllWorkspaces(LocalDate day) {
    return joined(dao(d -> d.openDueBeforeInAllWorkspaces(day.toString())));
  }

  @Override
  public List<String> teamsWithOpenItems() {
    return dao(ActionItemDao::teamsWithOpenItems);
  }

  @Override
  public int countOpen(String teamId) {
    return dao(d -> d.countOpen(teamId));
  }

  private static List<IncidentAction> joined(List<ActionItemDao.ItemRow> rows) {
    return rows.stream().map(JdbiActionItemRepository::withIncident).toList();
  }

  static IncidentAction withIncident(ActionItemDao.ItemRow r) {
    Incident incident =
        new Incident(
            r.incidentId(),
            r.teamId(),
            r.incidentChannelId(),
            r.incidentPublicId(),
            r.incidentTitle(),
            r.incidentSeverity() == null ? null : Severity.values()[r.incidentSeverity() - 1],
            IncidentStatus.valueOf(r.incidentStatus()),
            r.incidentOwnerId(),
            r.incidentDeclaredBy(),
            Instant.ofEpochMilli(r.incidentDeclaredAt()),
            instant(r.incidentResolvedAt()));
    return new IncidentAction(incident, item(r));
  }

  private static ActionItem item(ActionItemDao.ItemRow r) {
    return new ActionItem(
        r.id(),
        r.incidentId(),
        r.number(),
        r.text(),
        r.ownerId(),
        date(r.dueDate()),
        Priority.valueOf(r.priority()),
        ActionKind.valueOf(r.kind()),
        ActionStatus.valueOf(r.status()),
        r.ticketUrl(),
        r.createdBy(),
        Instant.ofEpochMilli(r.createdAt()),
        instant(r.closedAt()),
        date(r.snoozedUntil()));
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  /** The row written for an item; the incident columns are only read, never written. */
  private record ItemRowBuilder(String teamId, ActionItem i) {
    ActionItemDao.ItemRow build() {
      return new ActionItemDao.ItemRow(
          i.id(),
          teamId,
          i.incidentId(),
          i.number(),
          i.text(),
          i.ownerId(),
          i.dueDate() == null ? null : i.dueDate().toString(),
          i.priority().name(),
          i.kind().name(),
          i.status().name(),
          i.ticketUrl(),
          i.createdBy(),
          i.createdAt().toEpochMilli(),
          i.closedAt() == null ? null : i.closedAt().toEpochMilli(),
          i.snoozedUntil() == null ? null : i.snoozedUntil().toString(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          0,
          null);
    }
  }
}
