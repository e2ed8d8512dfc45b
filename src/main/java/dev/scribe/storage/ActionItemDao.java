package dev.scribe.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ActionItemDao.ItemRow.class)
interface ActionItemDao {

  /** One action item with the columns of its incident (prefixed {@code incident_}). */
  record ItemRow(
      long id,
      String teamId,
      long incidentId,
      int number,
      String text,
      String ownerId,
      String dueDate,
      String priority,
      String kind,
      String status,
      String ticketUrl,
      String createdBy,
      long createdAt,
      Long closedAt,
      String snoozedUntil,
      String incidentChannelId,
      String incidentPublicId,
      String incidentTitle,
      Integer incidentSeverity,
      String incidentStatus,
      String incidentOwnerId,
      String incidentDeclaredBy,
      long incidentDeclaredAt,
      Long incidentResolvedAt) {}

  String SELECT =
      """
      SELECT a.id, a.team_id, a.incident_id, a.number, a.text, a.owner_id, a.due_date, a.priority,
             a.kind, a.status, a.ticket_url, a.created_by, a.created_at, a.closed_at, a.snoozed_until,
             i.channel_id AS incident_channel_id, i.public_id AS incident_public_id,
             i.title AS incident_title, i.severity AS incident_severity,
             i.status AS incident_status, i.owner_id AS incident_owner_id,
             i.declared_by AS incident_declared_by, i.declared_at AS incident_declared_at,
             i.resolved_at AS incident_resolved_at
      FROM action_items a JOIN incidents i ON i.id = a.incident_id
      """;

  @SqlQuery(
      """
      UPDATE incidents SET last_action_number = last_action_number + 1
      WHERE team_id = :teamId AND id = :incidentId
      RETURNING last_action_number
      """)
  Optional<Integer> nextNumber(@Bind("teamId") String teamId, @Bind("incidentId") long incidentId);

  @SqlQuery(
      """
      INSERT INTO action_items (team_id, incident_id, number, text, owner_id, due_date, priority,
                                kind, status, ticket_url, created_by, created_at)
      VALUES (:teamId, :incidentId, :number, :text, :ownerId, :dueDate, :priority,
              :kind, 'OPEN', :ticketUrl, :createdBy, :createdAt)
      RETURNING id
      """)
  long insert(@BindMethods ItemRow row);

  @SqlUpdate(
      """
      UPDATE action_items
      SET text = :text, owner_id = :ownerId, due_date = :dueDate, priority = :priority, kind = :kind,
          status = :status, ticket_url = :ticketUrl, closed_at = :closedAt, snoozed_until = :snoozedUntil
      WHERE team_id = :teamId AND id = :id
      """)
  int update(@BindMethods ItemRow row);

  // Each query filters both tables on the team. The team is not part of the join condition: with it
  // there, SQLite may walk every incident of the team instead of the few matching items.
  String TEAM = " WHERE a.team_id = :teamId AND i.team_id = :teamId";

  @SqlQuery(SELECT + TEAM + " AND a.incident_id = :incidentId ORDER BY a.number")
  List<ItemRow> forIncident(@Bind("teamId") String teamId, @Bind("incidentId") long incidentId);

  @SqlQuery(SELECT + TEAM + " AND a.incident_id = :incidentId AND a.number = :number")
  Optional<ItemRow> byNumber(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("number") int number);

  @SqlQuery(SELECT + TEAM + " AND a.id = :id")
  Optional<ItemRow> byId(@Bind("teamId") String teamId, @Bind("id") long id);

  @SqlQuery(
      SELECT
          + TEAM
          + """
       AND a.owner_id = :userId AND a.status = 'OPEN'
      ORDER BY a.due_date IS NULL, a.due_date, a.id
      """)
  List<ItemRow> openOwnedBy(@Bind("teamId") String teamId, @Bind("userId") String userId);

  // Across workspaces, for the reminder sweep; each row carries its team. No team equality here, so
  // the only usable index is the partial one on due_date, whatever statistics the planner has.
  @SqlQuery(SELECT + " WHERE a.status = 'OPEN' AND a.due_date < :day AND i.team_id = a.team_id")
  List<ItemRow> openDueBeforeInAllWorkspaces(@Bind("day") String day);

  @SqlQuery("SELECT DISTINCT team_id FROM action_items WHERE status = 'OPEN' ORDER BY team_id")
  List<String> teamsWithOpenItems();

  @SqlQuery("SELECT count(*) FROM action_items WHERE team_id = :teamId AND status = 'OPEN'")
  int countOpen(@Bind("teamId") String teamId);
}
