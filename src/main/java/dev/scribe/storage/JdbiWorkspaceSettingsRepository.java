package dev.scribe.storage;

import dev.scribe.timeline.Marker;
import dev.scribe.workspace.WorkspaceSettings;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Workspace settings in the database, read on every command and reaction, so kept in memory ({@link
 * ReadCache}: this process's changes apply at once, another replica's within seconds).
 */
public final class JdbiWorkspaceSettingsRepository implements WorkspaceSettingsRepository {

  static final String CONFIRMATIONS = "confirmations";
  static final String OFF = WorkspaceSettings.OFF;

  private final Dao dao;
  private final ReadCache<String, Stored> cache;

  public JdbiWorkspaceSettingsRepository(Jdbi jdbi) {
    this.dao = SqlObjects.onDemand(jdbi, Dao.class);
    this.cache = new ReadCache<>(jdbi, 10_000);
  }

  @Override
  public WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
    Stored stored = cache.get(teamId, dao::stored);
    return WorkspaceSettings.withOverrides(
        stored.confirmationsInChannel().orElse(confirmationsDefault), stored.overrides());
  }

  @Override
  public void setConfirmationsInChannel(
      String teamId, boolean inChannel, String userId, Instant at) {
    dao.put(teamId, CONFIRMATIONS, inChannel ? "channel" : "ephemeral", userId, at);
    cache.invalidate(teamId);
  }

  @Override
  public void mapReaction(String teamId, String reaction, Optional<Marker> marker) {
    dao.map(teamId, reaction, marker.map(Marker::name).orElse(OFF));
    cache.invalidate(teamId);
  }

  /**
   * What the workspace set: its confirmations, if it chose, and its reaction overrides (reaction →
   * marker name, {@code OFF} or {@code ACTION}).
   */
  record Stored(Optional<Boolean> confirmationsInChannel, Map<String, String> overrides) {
    Stored {
      overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
  }

  @Override
  public void mapReactionToActionItems(String teamId, String reaction) {
    dao.map(teamId, reaction, WorkspaceSettings.ACTION_ITEM);
    cache.invalidate(teamId);
  }

  interface Dao {
    record MappingRow(String reaction, String marker) {}

    /** The workspace's settings; one call, so both reads share a connection. */
    default Stored stored(String teamId) {
      Optional<Boolean> inChannel = setting(teamId, CONFIRMATIONS).map("channel"::equals);
      Map<String, String> overrides = new LinkedHashMap<>();
      mappings(teamId).forEach(row -> overrides.put(row.reaction(), row.marker()));
      return new Stored(inChannel, overrides);
    }

    @SqlQuery("SELECT value FROM workspace_settings WHERE team_id = :teamId AND name = :name")
    Optional<String> setting(String teamId, String name);

    @SqlUpdate(
        """
        INSERT INTO workspace_settings (team_id, name, value, updated_by, updated_at)
        VALUES (:teamId, :name, :value, :userId, :at)
        ON CONFLICT (team_id, name) DO UPDATE
          SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
        """)
    void put(String teamId, String name, String value, String userId, Instant at);

    @SqlQuery(
        "SELECT reaction, marker FROM reaction_mappings WHERE team_id = :teamId ORDER BY reaction")
    @RegisterConstructorMapper(MappingRow.class)
    List<MappingRow> mappings(String teamId);

    @SqlUpdate(
        """
        INSERT INTO reaction_mappings (team_id, reaction, marker) VALUES (:teamId, :reaction, :marker)
        ON CONFLICT (team_id, reaction) DO UPDATE SET marker = excluded.marker
        """)
    void map(String teamId, String reaction, String marker);
  }
}
