package dev.scribe.storage;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Resolved incidents whose post-mortem is not Final, across workspaces, for the reminder sweep. */
@RegisterConstructorMapper(LatePostmortemsDao.DueRow.class)
interface LatePostmortemsDao {

  /** An incident, its facilitator field and its workspace's due setting (null when unset). */
  record DueRow(
      String teamId,
      long incidentId,
      String publicId,
      String channelId,
      String title,
      Instant resolvedAt,
      String facilitatorId,
      String ownerId,
      String declaredBy,
      String dueDays) {}

  // No team equality: the sweep serves every workspace, and the one usable index is the partial one
  // on resolved_at. The joins are primary-key seeks per incident found.
  @SqlQuery(
      """
      SELECT i.team_id, i.id AS incident_id, i.public_id, i.channel_id, i.title, i.resolved_at,
             f.value AS facilitator_id, i.owner_id, i.declared_by, s.value AS due_days
      FROM incidents i
        LEFT JOIN postmortems p ON p.incident_id = i.id
        LEFT JOIN incident_fields f ON f.incident_id = i.id AND f.name = 'facilitator'
        LEFT JOIN workspace_settings s ON s.team_id = i.team_id AND s.name = 'postmortem_due_days'
      WHERE i.status = 'RESOLVED' AND i.resolved_at >= :since
        AND (p.status IS NULL OR p.status <> 'FINAL')
      ORDER BY i.team_id, i.resolved_at, i.id
      """)
  List<DueRow> notFinalResolvedSince(Instant since);
}
