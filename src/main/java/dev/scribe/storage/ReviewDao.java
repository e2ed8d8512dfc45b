package dev.scribe.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Post-mortems, their reviewers and their document history. */
@RegisterConstructorMapper(ReviewDao.PostmortemRow.class)
@RegisterConstructorMapper(ReviewDao.ReviewerRow.class)
@RegisterConstructorMapper(ReviewDao.HistoryRow.class)
interface ReviewDao {

  record PostmortemRow(
      long incidentId,
      String teamId,
      String status,
      int version,
      Long firstDraftedAt,
      Long lastDraftedAt,
      Long finalAt,
      String finalBy,
      int finalVersion) {}

  record ReviewerRow(
      long incidentId,
      String teamId,
      String userId,
      int position,
      String askedBy,
      long askedAt,
      Long approvedAt,
      int approvedVersion) {}

  record HistoryRow(
      String teamId,
      long incidentId,
      String kind,
      int version,
      String doneBy,
      long doneAt,
      String people,
      int eventsAdded,
      int eventsEdited,
      int eventsRemoved,
      String fieldsChanged,
      int actionsAdded,
      int actionsClosed) {}

  @SqlQuery("SELECT * FROM postmortems WHERE team_id = :teamId AND incident_id = :incidentId")
  Optional<PostmortemRow> postmortem(String teamId, long incidentId);

  // A row to lock, then a write to it: on PostgreSQL the UPDATE holds the row until the transaction
  // ends (SQLite's BEGIN IMMEDIATE already runs one writer at a time).
  @SqlUpdate(
      """
      INSERT INTO postmortems (incident_id, team_id, status, version) VALUES (:incidentId, :teamId, 'DRAFT', 0)
      ON CONFLICT (incident_id) DO NOTHING
      """)
  void ensure(String teamId, long incidentId);

  @SqlUpdate(
      "UPDATE postmortems SET version = version WHERE team_id = :teamId AND incident_id = :incidentId")
  void lock(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO postmortems (incident_id, team_id, status, version, first_drafted_at, last_drafted_at,
                               final_at, final_by, final_version)
      VALUES (:incidentId, :teamId, :status, :version, :firstDraftedAt, :lastDraftedAt, :finalAt,
              :finalBy, :finalVersion)
      ON CONFLICT (incident_id) DO UPDATE SET
        status = excluded.status, version = excluded.version,
        first_drafted_at = excluded.first_drafted_at, last_drafted_at = excluded.last_drafted_at,
        final_at = excluded.final_at, final_by = excluded.final_by, final_version = excluded.final_version
      """)
  void save(@BindMethods PostmortemRow row);

  @SqlQuery(
      """
      SELECT * FROM postmortem_reviewers WHERE team_id = :teamId AND incident_id = :incidentId
      ORDER BY position
      """)
  List<ReviewerRow> reviewers(String teamId, long incidentId);

  @SqlUpdate(
      "DELETE FROM postmortem_reviewers WHERE team_id = :teamId AND incident_id = :incidentId")
  void clearReviewers(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO postmortem_reviewers (incident_id, team_id, user_id, position, asked_by, asked_at,
                                        approved_at, approved_version)
      VALUES (:incidentId, :teamId, :userId, :position, :askedBy, :askedAt, :approvedAt, :approvedVersion)
      """)
  void addReviewer(@BindMethods ReviewerRow row);

  @SqlUpdate(
      """
      INSERT INTO postmortem_history (team_id, incident_id, kind, version, done_by, done_at, people,
          events_added, events_edited, events_removed, fields_changed, actions_added, actions_closed)
      VALUES (:teamId, :incidentId, :kind, :version, :doneBy, :doneAt, :people,
          :eventsAdded, :eventsEdited, :eventsRemoved, :fieldsChanged, :actionsAdded, :actionsClosed)
      """)
  void append(@BindMethods HistoryRow row);

  @SqlQuery(
      """
      SELECT team_id, incident_id, kind, version, done_by, done_at, people, events_added, events_edited,
             events_removed, fields_changed, actions_added, actions_closed
      FROM postmortem_history WHERE team_id = :teamId AND incident_id = :incidentId ORDER BY id
      """)
  List<HistoryRow> history(String teamId, long incidentId);
}
