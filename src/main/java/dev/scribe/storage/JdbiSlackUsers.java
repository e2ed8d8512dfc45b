package dev.scribe.storage;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What {@code users.info} (or {@code bots.info}) told us of each user, kept so that no request
 * waits on Slack for it: zones for parsing times and reminders, roles for who may change workspace
 * settings, names for drafts made offline.
 */
public final class JdbiSlackUsers {

  /**
   * A cached user.
   *
   * @param role {@code PRIMARY_OWNER}, {@code OWNER}, {@code ADMIN} or {@code MEMBER}; null when
   *     not known (a bot, or cached before roles were)
   * @param deleted 1 when deactivated, 0 when not, null when not known
   * @param isBot 1 for a bot user, 0 for a person, null when not known
   */
  public record SlackUser(
      String teamId,
      String userId,
      String displayName,
      String tz,
      long fetchedAt,
      String role,
      Integer deleted,
      Integer isBot) {
    public Instant fetched() {
      return Instant.ofEpochMilli(fetchedAt);
    }
  }

  private final Dao dao;

  public JdbiSlackUsers(Jdbi jdbi) {
    this.dao = jdbi.onDemand(Dao.class);
  }

  public Optional<SlackUser> find(String teamId, String userId) {
    return dao.find(teamId, userId);
  }

  /** What {@code bots.info} said: a name, no zone, no role. */
  public void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt) {
    dao.save(teamId, userId, displayName, tz, null, null, null, fetchedAt.toEpochMilli());
  }

  /** What {@code users.info} said of a member. */
  public void saveMember(
      String teamId,
      String userId,
      String displayName,
      String tz,
      String role,
      boolean deleted,
      boolean bot,
      Instant fetchedAt) {
    dao.save(
        teamId,
        userId,
        displayName,
        tz,
        role,
        deleted ? 1 : 0,
        bot ? 1 : 0,
        fetchedAt.toEpochMilli());
  }

  interface Dao {
    @SqlQuery(
        """
        SELECT team_id, user_id, display_name, tz, fetched_at, role, deleted, is_bot
        FROM slack_users WHERE team_id = :teamId AND user_id = :userId
        """)
    @RegisterConstructorMapper(SlackUser.class)
    Optional<SlackUser> find(String teamId, String userId);

    @SqlUpdate(
        """
        INSERT INTO slack_users (team_id, user_id, display_name, tz, role, deleted, is_bot, fetched_at)
        VALUES (:teamId, :userId, :displayName, :tz, :role, :deleted, :isBot, :fetchedAt)
        ON CONFLICT (team_id, user_id) DO UPDATE
          SET display_name = excluded.display_name, tz = excluded.tz, role = excluded.role,
              deleted = excluded.deleted, is_bot = excluded.is_bot, fetched_at = excluded.fetched_at
        """)
    void save(
        String teamId,
        String userId,
        String displayName,
        String tz,
        String role,
        Integer deleted,
        Integer isBot,
        long fetchedAt);
  }
}
