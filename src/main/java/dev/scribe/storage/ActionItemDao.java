package dev.scribe.storage;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.IncidentAction;
import dev.scribe.incident.Incident;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(ActionItemDao.ItemRow.class)
interface ActionItemDao {

  /** One action item and its incident, whose columns are prefixed {@code incident_}. */
  record ItemRow(@Nested ActionItem item, @Nested("incident") Incident incident) {
    IncidentAction withIncident() {
      return new IncidentAction(incident, item);
    }
  }

  // a.incident_id is both the item's incidentId and the incident's id.
  String SELECT =
      """
      SELECT a.id, a.incident_id, a.number, a.text, a.owner_id, a.due_date, a.priority, a.kind,
             a.status, a.ticket_url, a.created_by, a.created_at, a.closed_at, a.snoozed_until,
             i.team_id AS incident_team_id, i.channel_id AS incident_channel_id,
             i.public_id AS incident_public_id, i.title AS incident_title,
             i.severity AS incident_severity, i.status AS incident_status,
             i.owner_id AS incident_owner_id, i.declared_by AS incident_declared_by,
             i.declared_at AS incident_declared_at, i.resolved_at AS incident_resolved_at
      FROM action_items a JOIN incidents i ON i.id = a.incident_id
      """;

  /** Stores the item under the incident's next number; empty when there is no such incident. */
  @Transaction
  default Optional<ActionItem> add(String teamId, ActionDraft draft) {
    return nextNumber(teamId, draft.incidentId())
        .map(number -> draft.stored(insert(teamId, draft.stored(0, number)), number));
  }

  @SqlQuery(
      """
      UPDATE incidents SET last_action_number = last_action_number + 1
      WHERE team_id = :teamId AND id = :incidentId
      RETURNING last_action_number
      """)
  Optional<Integer> nextNumber(String teamId, long incidentId);

  @SqlQuery(
      """
      INSERT INTO action_items (team_id, incident_id, number, text, owner_id, due_date, priority,
                                kind, status, ticket_url, created_by, created_at)
      VALUES (:teamId, :incidentId, :number, :text, :ownerId, :dueDate, :priority,
              :kind, :status, :ticketUrl, :createdBy, :createdAt)
      RETURNING id
      """)
  long insert(String teamId, @BindMethods ActionItem item);

  @SqlUpdate(
      """
      UPDATE action_items
      SET text = :text, owner_id = :ownerId, due_date = :dueDate, priority = :priority, kind = :kind,
          status = :status, ticket_url = :ticketUrl, closed_at = :closedAt, snoozed_until = :snoozedUntil
      WHERE team_id = :teamId AND id = :id
      """)
  int update(String teamId, @BindMethods ActionItem item);

  // Each query filters both tables on the team. The team is not part of the join condition: with it
  // there, SQLite may walk every incident of the team instead of the few matching items.
  String TEAM = " WHERE a.team_id = :teamId AND i.team_id = :teamId";

  @SqlQuery(SELECT + TEAM + " AND a.incident_id = :incidentId ORDER BY a.number")
  List<ItemRow> forIncident(String teamId, long incidentId);

  @SqlQuery(SELECT + TEAM + " AND a.incident_id = :incidentId AND a.number = :number")
  Optional<ItemRow> byNumber(String teamId, long incidentId, int number);

  @SqlQuery(SELECT + TEAM + " AND a.id = :id")
  Optional<ItemRow> byId(String teamId, long id);

  @SqlQuery(
      SELECT
          + TEAM
          + """
       AND a.owner_id = :userId AND a.status = 'OPEN'
      ORDER BY a.due_date IS NULL, a.due_date, a.id
      """)
  List<ItemRow> openOwnedBy(String teamId, String userId);

  // Across workspaces, for the reminder sweep; each row carries its team. No team equality here, so
  // the only usable index is the partial one on due_date, whatever statistics the planner has.
  @SqlQuery(SELECT + " WHERE a.status = 'OPEN' AND a.due_date < :day AND i.team_id = a.team_id")
  List<ItemRow> openDueBeforeInAllWorkspaces(LocalDate day);

  @SqlQuery("SELECT DISTINCT team_id FROM action_items WHERE status = 'OPEN' ORDER BY team_id")
  List<String> teamsWithOpenItems();

  @SqlQuery("SELECT count(*) FROM action_items WHERE team_id = :teamId AND status = 'OPEN'")
  int countOpen(String teamId);
}
