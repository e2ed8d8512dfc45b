package dev.scribe.storage;

import dev.scribe.common.DeferredRequest;
import dev.scribe.common.DeferredRequests;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Deferred requests in {@code deferred_requests}. */
public final class JdbiDeferredRequests implements DeferredRequests {

  private final SqlObjects.Attached<Dao> dao;

  public JdbiDeferredRequests(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
  }

  @Override
  public long take(DeferredRequest r, Instant firstTry) {
    return dao.get()
        .insert(
            r.teamId(),
            r.channelId(),
            r.userId(),
            r.kind(),
            r.body(),
            r.responseUrl(),
            r.receivedAt(),
            r.waitingFor(),
            firstTry);
  }

  @Override
  public List<DeferredRequest> waitingFrom(String teamId, String userId) {
    return dao.get().waitingFrom(teamId, userId);
  }

  @Override
  public List<DeferredRequest> waitingIn(String teamId) {
    return dao.get().waitingIn(teamId);
  }

  @Override
  public List<DeferredRequest> due(Instant now, int limit) {
    return dao.get().due(now, limit);
  }

  @Override
  public boolean complete(String teamId, long id, Instant at) {
    return dao.get().complete(teamId, id, at) > 0;
  }

  @Override
  public void retryLater(String teamId, long id, String waitingFor, Instant nextTry) {
    dao.get().retryLater(teamId, id, waitingFor, nextTry);
  }

  @Override
  public boolean anyWaiting() {
    return dao.get().anyWaiting();
  }

  @RegisterConstructorMapper(DeferredRequest.class)
  interface Dao {
    String COLUMNS =
        """
        id, team_id, channel_id, user_id, kind, body, response_url, received_at, waiting_for, attempts
        """;

    @SqlQuery(
        """
        INSERT INTO deferred_requests (team_id, channel_id, user_id, kind, body, response_url,
            received_at, waiting_for, next_attempt_at)
        VALUES (:teamId, :channelId, :userId, :kind, :body, :responseUrl,
            :receivedAt, :waitingFor, :firstTry)
        RETURNING id
        """)
    long insert(
        String teamId,
        String channelId,
        String userId,
        String kind,
        String body,
        String responseUrl,
        Instant receivedAt,
        String waitingFor,
        Instant firstTry);

    @SqlQuery(
        "SELECT "
            + COLUMNS
            + """
         FROM deferred_requests
        WHERE team_id = :teamId AND user_id = :userId AND completed_at IS NULL ORDER BY id
        """)
    List<DeferredRequest> waitingFrom(String teamId, String userId);

    @SqlQuery(
        "SELECT "
            + COLUMNS
            + """
         FROM deferred_requests
        WHERE team_id = :teamId AND completed_at IS NULL ORDER BY id
        """)
    List<DeferredRequest> waitingIn(String teamId);

    @SqlQuery(
        "SELECT "
            + COLUMNS
            + """
         FROM deferred_requests
        WHERE completed_at IS NULL AND next_attempt_at <= :now ORDER BY id LIMIT :limit
        """)
    List<DeferredRequest> due(Instant now, int limit);

    @SqlUpdate(
        """
        UPDATE deferred_requests SET completed_at = :at
        WHERE team_id = :teamId AND id = :id AND completed_at IS NULL
        """)
    int complete(String teamId, long id, Instant at);

    @SqlUpdate(
        """
        UPDATE deferred_requests
           SET attempts = attempts + 1, waiting_for = :waitingFor, next_attempt_at = :nextTry
        WHERE team_id = :teamId AND id = :id AND completed_at IS NULL
        """)
    void retryLater(String teamId, long id, String waitingFor, Instant nextTry);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM deferred_requests WHERE completed_at IS NULL)")
    boolean anyWaiting();
  }
}
