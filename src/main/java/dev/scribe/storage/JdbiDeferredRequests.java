package dev.scribe.storage;

import dev.scribe.common.DeferredRequest;
import dev.scribe.common.DeferredRequests;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Deferred requests in {@code deferred_requests}. */
public final class JdbiDeferredRequests implements DeferredRequests {

  private final Dao dao;

  public JdbiDeferredRequests(Jdbi jdbi) {
    this.dao = jdbi.onDemand(Dao.class);
  }

  @Override
  public long take(DeferredRequest r, Instant firstTry) {
    return dao.insert(
        r.teamId(),
        r.channelId(),
        r.userId(),
        r.kind(),
        r.body(),
        r.responseUrl(),
        r.receivedAt().toEpochMilli(),
        r.waitingFor(),
        firstTry.toEpochMilli());
  }

  @Override
  public List<DeferredRequest> waitingFrom(String teamId, String userId) {
    return dao.waitingFrom(teamId, userId);
  }

  @Override
  public List<DeferredRequest> waitingIn(String teamId) {
    return dao.waitingIn(teamId);
  }

  @Override
  public List<DeferredRequest> due(Instant now, int limit) {
    return dao.due(now.toEpochMilli(), limit);
  }

  @Override
  public boolean complete(String teamId, long id, Instant at) {
    return dao.complete(teamId, id, at.toEpochMilli()) > 0;
  }

  @Override
  public void retryLater(String teamId, long id, String waitingFor, Instant nextTry) {
    dao.retryLater(teamId, id, waitingFor, nextTry.toEpochMilli());
  }

  @Override
  public boolean anyWaiting() {
    return dao.anyWaiting();
  }

  @RegisterRowMapper(Dao.RequestMapper.class)
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
        long receivedAt,
        String waitingFor,
        long firstTry);

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
    List<DeferredRequest> due(long now, int limit);

    @SqlUpdate(
        """
        UPDATE deferred_requests SET completed_at = :at
        WHERE team_id = :teamId AND id = :id AND completed_at IS NULL
        """)
    int complete(String teamId, long id, long at);

    @SqlUpdate(
        """
        UPDATE deferred_requests
           SET attempts = attempts + 1, waiting_for = :waitingFor, next_attempt_at = :nextTry
        WHERE team_id = :teamId AND id = :id AND completed_at IS NULL
        """)
    void retryLater(String teamId, long id, String waitingFor, long nextTry);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM deferred_requests WHERE completed_at IS NULL)")
    boolean anyWaiting();

    final class RequestMapper implements RowMapper<DeferredRequest> {
      @Override
      public DeferredRequest map(ResultSet r, StatementContext c) throws SQLException {
        return new DeferredRequest(
            r.getLong("id"),
            r.getString("team_id"),
            r.getString("channel_id"),
            r.getString("user_id"),
            r.getString("kind"),
            r.getString("body"),
            r.getString("response_url"),
            Instant.ofEpochMilli(r.getLong("received_at")),
            r.getString("waiting_for"),
            r.getInt("attempts"));
      }
    }
  }
}
