package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The lists of App Home, each a page read by a range on a partial index, and who views it. The
 * plans are pinned by {@code HomeQueryPlansTest} on SQLite and PostgreSQL.
 */
interface HomeDao {

  /** An open incident with its latest live event (by when it happened), if any. */
  record OpenIncidentRow(
      @Nested Incident incident, Instant lastAt, Marker lastMarker, String lastText) {}

  /** A resolved incident with its facilitator field, if set. */
  record DueRow(@Nested Incident incident, String facilitator) {}

  record PagesRow(int itemsPage, int incidentsPage, int postmortemsPage) {}

  String INCIDENT =
      """
      i.id, i.team_id, i.channel_id, i.public_id, i.title, i.severity, i.status, i.owner_id,
      i.declared_by, i.declared_at, i.resolved_at
      """;

  // Action items: the partial index on (team, owner, due) holds exactly the open ones.
  @SqlQuery(
      ActionItemDao.SELECT
          + """
       WHERE a.team_id = :teamId AND i.team_id = :teamId AND a.owner_id = :userId AND a.status = 'OPEN'
      ORDER BY a.due_date IS NULL, a.due_date, a.id
      LIMIT :limit OFFSET :offset
      """)
  @RegisterConstructorMapper(ActionItemDao.ItemRow.class)
  List<ActionItemDao.ItemRow> openItemsOwnedBy(String teamId, String userId, int limit, int offset);

  @SqlQuery(
      """
      SELECT count(*) FROM action_items
      WHERE team_id = :teamId AND owner_id = :userId AND status = 'OPEN'
      """)
  int countOpenItemsOwnedBy(String teamId, String userId);

  // The latest event of each incident shown: one probe of timeline_by_incident per row.
  @SqlQuery(
      "SELECT "
          + INCIDENT
          + """
      , e.occurred_at AS last_at, e.marker AS last_marker, e.text AS last_text
      FROM incidents i
      LEFT JOIN timeline_events e ON e.id = (
          SELECT x.id FROM timeline_events x
          WHERE x.team_id = i.team_id AND x.incident_id = i.id AND x.deleted_at IS NULL
          ORDER BY x.occurred_at DESC, x.number DESC LIMIT 1)
      WHERE i.team_id = :teamId AND i.status = 'OPEN'
      ORDER BY i.declared_at DESC, i.id DESC
      LIMIT :limit OFFSET :offset
      """)
  @RegisterConstructorMapper(OpenIncidentRow.class)
  List<OpenIncidentRow> openIncidents(String teamId, int limit, int offset);

  @SqlQuery("SELECT count(*) FROM incidents WHERE team_id = :teamId AND status = 'OPEN'")
  int countOpenIncidents(String teamId);

  /** The post-mortem is not Final: every reviewer asked has not approved (or none was asked). */
  String NOT_FINAL =
      """
       AND NOT EXISTS (
          SELECT 1 FROM postmortems p
          WHERE p.incident_id = i.id AND p.team_id = i.team_id AND p.status = 'FINAL')
      """;

  @SqlQuery(
      "SELECT "
          + INCIDENT
          + """
      , f.value AS facilitator
      FROM incidents i
      LEFT JOIN incident_fields f ON f.incident_id = i.id AND f.name = 'facilitator'
      WHERE i.team_id = :teamId AND i.status = 'RESOLVED'
      """
          + NOT_FINAL
          + """
      ORDER BY i.resolved_at DESC, i.id DESC
      LIMIT :limit OFFSET :offset
      """)
  @RegisterConstructorMapper(DueRow.class)
  List<DueRow> resolvedNotFinal(String teamId, int limit, int offset);

  @SqlQuery(
      "SELECT count(*) FROM incidents i WHERE i.team_id = :teamId AND i.status = 'RESOLVED'"
          + NOT_FINAL)
  int countResolvedNotFinal(String teamId);

  @SqlUpdate(
      """
      INSERT INTO home_viewers (team_id, user_id, opened_at) VALUES (:teamId, :userId, :at)
      ON CONFLICT (team_id, user_id) DO UPDATE SET opened_at = excluded.opened_at
      """)
  void opened(String teamId, String userId, Instant at);

  @SqlQuery(
      """
      SELECT items_page, incidents_page, postmortems_page FROM home_viewers
      WHERE team_id = :teamId AND user_id = :userId
      """)
  @RegisterConstructorMapper(PagesRow.class)
  Optional<PagesRow> pages(String teamId, String userId);

  @SqlUpdate(
      """
      UPDATE home_viewers
      SET items_page = :itemsPage, incidents_page = :incidentsPage, postmortems_page = :postmortemsPage
      WHERE team_id = :teamId AND user_id = :userId
      """)
  void turnTo(String teamId, String userId, int itemsPage, int incidentsPage, int postmortemsPage);

  @SqlQuery(
      """
      SELECT user_id FROM home_viewers
      WHERE team_id = :teamId AND opened_at >= :since
      ORDER BY opened_at DESC LIMIT :limit
      """)
  List<String> openedSince(String teamId, Instant since, int limit);
}
