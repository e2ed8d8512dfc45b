package dev.scribe.storage;

import dev.scribe.review.Review;
import dev.scribe.review.ReviewStatus;
import dev.scribe.review.Reviewer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Post-mortems, their reviewers and their document history. */
@RegisterConstructorMapper(ReviewDao.PostmortemRow.class)
@RegisterConstructorMapper(Reviewer.class)
@RegisterConstructorMapper(ReviewDao.HistoryRow.class)
interface ReviewDao {

  /** The {@code postmortems} row: a {@link Review} without its reviewers. */
  record PostmortemRow(
      long incidentId,
      String teamId,
      ReviewStatus status,
      int version,
      Instant firstDraftedAt,
      Instant lastDraftedAt,
      Instant finalAt,
      String finalBy,
      int finalVersion) {

    static PostmortemRow of(String teamId, Review r) {
      return new PostmortemRow(
          r.incidentId(),
          teamId,
          r.status(),
          r.version(),
          r.firstDraftedAt(),
          r.lastDraftedAt(),
          r.finalAt(),
          r.finalBy(),
          r.finalVersion());
    }

    Review with(List<Reviewer> reviewers) {
      return new Review(
          incidentId,
          status,
          version,
          firstDraftedAt,
          lastDraftedAt,
          reviewers,
          finalAt,
          finalBy,
          finalVersion);
    }
  }

  /** A line of {@code postmortem_history}; lists are comma-separated. */
  record HistoryRow(
      String kind,
      int version,
      String doneBy,
      Instant doneAt,
      String people,
      int eventsAdded,
      int eventsEdited,
      int eventsRemoved,
      String fieldsChanged,
      int actionsAdded,
      int actionsClosed) {}

  default Review find(String teamId, long incidentId) {
    return postmortem(teamId, incidentId)
        .map(row -> row.with(reviewers(teamId, incidentId)))
        .orElse(Review.none(incidentId));
  }

  // A row to lock, then a write to it: on PostgreSQL the UPDATE holds the row until the transaction
  // ends (SQLite's BEGIN IMMEDIATE already lets one writer at a time).
  @Transaction
  default Review findForUpdate(String teamId, long incidentId) {
    ensure(teamId, incidentId);
    lock(teamId, incidentId);
    return find(teamId, incidentId);
  }

  @Transaction
  default void save(String teamId, Review review) {
    upsert(PostmortemRow.of(teamId, review));
    clearReviewers(teamId, review.incidentId());
    List<Reviewer> reviewers = review.reviewers();
    for (int i = 0; i < reviewers.size(); i++) {
      addReviewer(teamId, review.incidentId(), i, reviewers.get(i));
    }
  }

  @SqlQuery("SELECT * FROM postmortems WHERE team_id = :teamId AND incident_id = :incidentId")
  Optional<PostmortemRow> postmortem(String teamId, long incidentId);

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
  void upsert(@BindMethods PostmortemRow row);

  @SqlQuery(
      """
      SELECT user_id, asked_by, asked_at, approved_at, approved_version FROM postmortem_reviewers
      WHERE team_id = :teamId AND incident_id = :incidentId ORDER BY position
      """)
  List<Reviewer> reviewers(String teamId, long incidentId);

  @SqlUpdate(
      "DELETE FROM postmortem_reviewers WHERE team_id = :teamId AND incident_id = :incidentId")
  void clearReviewers(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO postmortem_reviewers (incident_id, team_id, user_id, position, asked_by, asked_at,
                                        approved_at, approved_version)
      VALUES (:incidentId, :teamId, :userId, :position, :askedBy, :askedAt, :approvedAt, :approvedVersion)
      """)
  void addReviewer(String teamId, long incidentId, int position, @BindMethods Reviewer reviewer);

  @SqlUpdate(
      """
      INSERT INTO postmortem_history (team_id, incident_id, kind, version, done_by, done_at, people,
          events_added, events_edited, events_removed, fields_changed, actions_added, actions_closed)
      VALUES (:teamId, :incidentId, :kind, :version, :doneBy, :doneAt, :people,
          :eventsAdded, :eventsEdited, :eventsRemoved, :fieldsChanged, :actionsAdded, :actionsClosed)
      """)
  void append(String teamId, long incidentId, @BindMethods HistoryRow row);

  @SqlQuery(
      """
      SELECT kind, version, done_by, done_at, people, events_added, events_edited, events_removed,
             fields_changed, actions_added, actions_closed
      FROM postmortem_history WHERE team_id = :teamId AND incident_id = :incidentId ORDER BY id
      """)
  List<HistoryRow> history(String teamId, long incidentId);
}
