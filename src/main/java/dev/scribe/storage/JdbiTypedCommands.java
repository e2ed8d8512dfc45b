package dev.scribe.storage;

import dev.scribe.timeline.TypedCommands;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Typed commands in {@code typed_event_commands}. */
public final class JdbiTypedCommands implements TypedCommands {

  private final Dao dao;

  public JdbiTypedCommands(Jdbi jdbi) {
    this.dao = SqlObjects.onDemand(jdbi, Dao.class);
  }

  @Override
  public Optional<Recorded> recordedSince(
      String teamId, String channelId, String userId, String text, Instant since) {
    return dao.recordedSince(teamId, channelId, userId, text, since);
  }

  @Override
  public void remember(
      String teamId, String channelId, String userId, String text, long eventId, Instant at) {
    dao.remember(teamId, channelId, userId, text, eventId, at);
  }

  interface Dao {
    /** Finds the text by its prefix in {@code typed_event_commands_by_text} (V12): one seek. */
    @SqlQuery(
        """
        SELECT e.incident_id, e.number
          FROM typed_event_commands c JOIN timeline_events e ON e.id = c.event_id
        WHERE c.team_id = :teamId AND c.channel_id = :channelId AND c.user_id = :userId
          AND substr(c.text, 1, 100) = substr(:text, 1, 100) AND c.received_at >= :since
          AND c.text = :text AND e.deleted_at IS NULL
        ORDER BY c.received_at DESC LIMIT 1
        """)
    @RegisterRowMapper(Rows.RecordedMapper.class)
    Optional<Recorded> recordedSince(
        String teamId, String channelId, String userId, String text, Instant since);

    @SqlUpdate(
        """
        INSERT INTO typed_event_commands (team_id, channel_id, user_id, text, event_id, received_at)
        VALUES (:teamId, :channelId, :userId, :text, :eventId, :at)
        """)
    void remember(
        String teamId, String channelId, String userId, String text, long eventId, Instant at);
  }
}
