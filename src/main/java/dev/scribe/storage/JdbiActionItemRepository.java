package dev.scribe.storage;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemRepository;
import dev.scribe.actions.IncidentAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Action items in the database; numbers come from the incident's counter, in the same transaction.
 */
public final class JdbiActionItemRepository implements ActionItemRepository {

  private final SqlObjects.Attached<ActionItemDao> dao;

  public JdbiActionItemRepository(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, ActionItemDao.class);
  }

  @Override
  public ActionItem add(String teamId, ActionDraft d) {
    return dao.get()
        .add(teamId, d)
        .orElseThrow(
            () -> new IllegalArgumentException("no incident " + d.incidentId() + " in " + teamId));
  }

  @Override
  public List<ActionItem> forIncident(String teamId, long incidentId) {
    return dao.get().forIncident(teamId, incidentId).stream()
        .map(ActionItemDao.ItemRow::item)
        .toList();
  }

  @Override
  public Optional<ActionItem> byNumber(String teamId, long incidentId, int number) {
    return dao.get().byNumber(teamId, incidentId, number).map(ActionItemDao.ItemRow::item);
  }

  @Override
  public Optional<IncidentAction> byId(String teamId, long id) {
    return dao.get().byId(teamId, id).map(ActionItemDao.ItemRow::withIncident);
  }

  @Override
  public void update(String teamId, ActionItem item) {
    dao.get().update(teamId, item);
  }

  @Override
  public List<IncidentAction> openOwnedBy(String teamId, String userId) {
    return withIncidents(dao.get().openOwnedBy(teamId, userId));
  }

  @Override
  public List<IncidentAction> openDueBeforeInAllWorkspaces(LocalDate day) {
    return withIncidents(dao.get().openDueBeforeInAllWorkspaces(day));
  }

  @Override
  public List<String> teamsWithOpenItems() {
    return dao.get().teamsWithOpenItems();
  }

  @Override
  public int countOpen(String teamId) {
    return dao.get().countOpen(teamId);
  }

  private static List<IncidentAction> withIncidents(List<ActionItemDao.ItemRow> rows) {
    return rows.stream().map(ActionItemDao.ItemRow::withIncident).toList();
  }
}
