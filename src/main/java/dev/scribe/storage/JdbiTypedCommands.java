package dev.scribe.storage;

import dev.scribe.timeline.TypedCommands;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Typed commands in {@code typed_event_commands}: both statements run for every typed event, so in
 * plain JDBC ({@link Jdbc} says why).
 */
public final class JdbiTypedCommands implements TypedCommands {

  /** Finds the text by its prefix in {@code typed_event_commands_by_text} (V12): one seek. */
  static final String RECORDED_SINCE =
      """
      SELECT e.incident_id, e.number
        FROM typed_event_commands c JOIN timeline_events e ON e.id = c.event_id
      WHERE c.team_id = ? AND c.channel_id = ? AND c.user_id = ?
        AND substr(c.text, 1, 100) = substr(?, 1, 100) AND c.received_at >= ?
        AND c.text = ? AND e.deleted_at IS NULL
      ORDER BY c.received_at DESC LIMIT 1
      """;

  private static final String REMEMBER =
      """
      INSERT INTO typed_event_commands (team_id, channel_id, user_id, text, event_id, received_at)
      VALUES (?, ?, ?, ?, ?, ?)
      """;

  private static final String FORGET_BEFORE =
      "DELETE FROM typed_event_commands WHERE received_at < ?";

  private final Jdbc jdbc;

  public JdbiTypedCommands(Jdbi jdbi) {
    this.jdbc = new Jdbc(jdbi);
  }

  @Override
  public Optional<Recorded> recordedSince(
      String teamId, String channelId, String userId, String text, Instant since) {
    return jdbc.first(
        RECORDED_SINCE,
        p -> p.text(teamId).text(channelId).text(userId).text(text).instant(since).text(text),
        row -> new Recorded(row.getLong(1), row.getInt(2)));
  }

  @Override
  public void remember(
      String teamId, String channelId, String userId, String text, long eventId, Instant at) {
    jdbc.update(
        REMEMBER,
        p -> p.text(teamId).text(channelId).text(userId).text(text).number(eventId).instant(at));
  }

  @Override
  public int forgetBefore(Instant before) {
    return jdbc.update(FORGET_BEFORE, p -> p.instant(before));
  }
}
