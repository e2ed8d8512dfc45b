package dev.scribe.storage;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What {@code users.info} told us of each user, kept so that drafts made offline still show names
 * and reminders know zones.
 */
public final class JdbiSlackUsers {

  /** A cached user. */
  public record SlackUser(
      String teamId, String userId, String displayName, String tz, long fetchedAt) {
    public Instant fetched() {
      return Instant.ofEpochMilli(fetchedAt);
    }
  }

  private final Jdbi jdbi;

  public JdbiSlackUsers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Optional<SlackUser> find(String teamId, String userId) {
    return jdbi.withHandle(h -> h.attach(Dao.class).find(teamId, userId));
  }

  public void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt) {
    jdbi.useHandle(
        h -> h.attach(Dao.class).save(teamId, userId, displayName, tz, fetchedAt.toEpochMilli()));
  }

  interface Dao {
    @SqlQuery(
        "SELECT team_id, user_id, display_name, tz, fetched_at FROM slack_users WHERE team_id = :teamId AND user_id = :userId")
    @RegisterConstructorMapper(SlackUser.class)
    Optional<SlackUser> find(@Bind("teamId") String teamId, @Bind("userId") String userId);

    @SqlUpdate(
        """
        INSERT INTO slack_users (team_id, user_id, display_name, tz, fetched_at)
        VALUES (:teamId, :userId, :name, :tz, :at)
        ON CONFLICT (team_id, user_id) DO UPDATE
          SET display_name = excluded.display_name, tz = excluded.tz, fetched_at = excluded.fetched_at
        """)
    void save(
        @Bind("teamId") String teamId,
        @Bind("userId") String userId,
        @Bind("name") String name,
        @Bind("tz") String tz,
        @Bind("at") long at);
  }
}
