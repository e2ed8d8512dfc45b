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
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Workspace settings in the database, read on every command and reaction, so kept in memory ({@link
 * ReadCache}: this process's changes apply at once, another replica's within seconds).
 */
public final class JdbiWorkspaceSettingsRepository implements WorkspaceSettingsRepository {

  static final String CONFIRMATIONS = "confirmations";
  static final String POSTMORTEM_DUE_DAYS = "postmortem_due_days";
  static final String OFF = WorkspaceSettings.OFF;

  private final SqlObjects.Attached<Dao> dao;
  private final ReadCache<String, Built> cache;

  public JdbiWorkspaceSettingsRepository(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
    this.cache = new ReadCache<>(jdbi, 10_000);
  }

  @Override
  public WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
    Built built = cache.get(teamId, id -> Built.of(dao.get().stored(id)));
    return confirmationsDefault ? built.channelByDefault() : built.ephemeralByDefault();
  }

  /**
   * A workspace's settings built from its stored rows, for either default of the confirmations,
   * once per load rather than once per command (building them maps every reaction).
   */
  private record Built(WorkspaceSettings channelByDefault, WorkspaceSettings ephemeralByDefault) {
    static Built of(Stored stored) {
      return new Built(build(stored, true), build(stored, false));
    }

    private static WorkspaceSettings build(Stored stored, boolean confirmationsDefault) {
      return WorkspaceSettings.withOverrides(
              stored.confirmationsInChannel().orElse(confirmationsDefault), stored.overrides())
          .withPostmortemDueDays(stored.postmortemDueDays());
    }
  }

  @Override
  public void setConfirmationsInChannel(
      String teamId, boolean inChannel, String userId, Instant at) {
    dao.get().put(teamId, CONFIRMATIONS, inChannel ? "channel" : "ephemeral", userId, at);
    cache.invalidate(teamId);
  }

  @Override
  public void setPostmortemDueDays(String teamId, int days, String userId, Instant at) {
    dao.get().put(teamId, POSTMORTEM_DUE_DAYS, Integer.toString(days), userId, at);
    cache.invalidate(teamId);
  }

  @Override
  public void mapReaction(String teamId, String reaction, Optional<Marker> marker) {
    dao.get().map(teamId, reaction, marker.map(Marker::name).orElse(OFF));
    cache.invalidate(teamId);
  }

  @Override
  public void mapReactionToActionItems(String teamId, String reaction) {
    dao.get().map(teamId, reaction, WorkspaceSettings.ACTION_ITEM);
    cache.invalidate(teamId);
  }

  /**
   * What the workspace set: its confirmations, if it chose, its post-mortem due days, and its
   * reaction overrides (reaction → marker name, {@code OFF} or {@code ACTION}).
   */
  record Stored(
      Optional<Boolean> confirmationsInChannel,
      int postmortemDueDays,
      Map<String, String> overrides) {
    Stored {
      overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
  }

  interface Dao {
    record MappingRow(String reaction, String marker) {}

    /** The workspace's settings: two reads, in one call so that they share a connection. */
    default Stored stored(String teamId) {
      Map<String, String> values = values(teamId);
      Optional<Boolean> inChannel =
          Optional.ofNullable(values.get(CONFIRMATIONS)).map("channel"::equals);
      int dueDays =
          Optional.ofNullable(values.get(POSTMORTEM_DUE_DAYS))
              .map(Integer::parseInt)
              .orElse(WorkspaceSettings.DEFAULT_POSTMORTEM_DUE_DAYS);
      Map<String, String> overrides = new LinkedHashMap<>();
      mappings(teamId).forEach(row -> overrides.put(row.reaction(), row.marker()));
      return new Stored(inChannel, dueDays, overrides);
    }

    @SqlQuery("SELECT name, value FROM workspace_settings WHERE team_id = :teamId")
    @KeyColumn("name")
    @ValueColumn("value")
    Map<String, String> values(String teamId);

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
