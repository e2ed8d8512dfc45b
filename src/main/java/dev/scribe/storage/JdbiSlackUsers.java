package dev.scribe.storage;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.scribe.workspace.SlackUserCache;
import dev.scribe.workspace.WorkspaceRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The users.info cache in the database (names, zones and roles), read for every command (the user's
 * zone and role), so also kept in memory ({@link ReadCache}), users not yet known included: saving
 * a user invalidates its entry here at once, on other replicas within seconds.
 */
public final class JdbiSlackUsers implements SlackUserCache {

  /**
   * Read for every command, from memory; loaded again for each user every few seconds ({@link
   * ReadCache#TTL}), on a request thread, so in plain JDBC ({@link Jdbc} says why).
   */
  private static final String FIND =
      """
      SELECT display_name, tz, fetched_at, role, deleted, is_bot
      FROM slack_users WHERE team_id = ? AND user_id = ?
      """;

  private final SqlObjects.Attached<Dao> dao;
  private final Jdbc jdbc;
  private final ReadCache<Key, Optional<SlackUser>> cache;

  public JdbiSlackUsers(Jdbi jdbi) {
    this(jdbi, Ticker.systemTicker());
  }

  /** With the memory's time-to-live read on {@code ticker}. */
  JdbiSlackUsers(Jdbi jdbi, Ticker ticker) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
    this.jdbc = new Jdbc(jdbi);
    this.cache = new ReadCache<>(jdbi, 100_000, ticker);
  }

  @Override
  public Optional<SlackUser> find(String teamId, String userId) {
    return cache.get(new Key(teamId, userId), key -> load(key.teamId(), key.userId()));
  }

  private Optional<SlackUser> load(String teamId, String userId) {
    return jdbc.first(
        FIND,
        p -> p.text(teamId).text(userId),
        row -> {
          String role = row.getString(4);
          return new SlackUser(
              teamId,
              userId,
              row.getString(1),
              row.getString(2),
              Instant.ofEpochMilli(row.getLong(3)),
              role == null ? null : WorkspaceRole.valueOf(role),
              nullableBoolean(row, 5),
              nullableBoolean(row, 6));
        });
  }

  private static Boolean nullableBoolean(ResultSet row, int column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? null : value;
  }

  @Override
  public void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt) {
    dao.get().save(teamId, userId, displayName, tz, null, null, null, fetchedAt);
    cache.invalidate(new Key(teamId, userId));
  }

  @Override
  public void saveMember(
      String teamId,
      String userId,
      String displayName,
      String tz,
      WorkspaceRole role,
      boolean deleted,
      boolean bot,
      Instant fetchedAt) {
    dao.get().save(teamId, userId, displayName, tz, role, deleted, bot, fetchedAt);
    cache.invalidate(new Key(teamId, userId));
  }

  private record Key(String teamId, String userId) {}

  interface Dao {
    @SqlUpdate(
        """
        INSERT INTO slack_users (team_id, user_id, display_name, tz, role, deleted, is_bot, fetched_at)
        VALUES (:teamId, :userId, :displayName, :tz, :role, :deleted, :bot, :fetchedAt)
        ON CONFLICT (team_id, user_id) DO UPDATE
          SET display_name = excluded.display_name, tz = excluded.tz, role = excluded.role,
              deleted = excluded.deleted, is_bot = excluded.is_bot, fetched_at = excluded.fetched_at
        """)
    void save(
        String teamId,
        String userId,
        String displayName,
        String tz,
        WorkspaceRole role,
        Boolean deleted,
        Boolean bot,
        Instant fetchedAt);
  }
}
