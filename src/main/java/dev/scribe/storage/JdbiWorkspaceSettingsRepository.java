package dev.scribe.storage;

import dev.scribe.timeline.Marker;
import dev.scribe.workspace.WorkspaceSettings;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Workspace settings in the database. */
public final class JdbiWorkspaceSettingsRepository implements WorkspaceSettingsRepository {

  static final String CONFIRMATIONS = "confirmations";
  static final String POSTMORTEM_DUE_DAYS = "postmortem_due_days";
  static final String OFF = WorkspaceSettings.OFF;

  private final Dao dao;

  public JdbiWorkspaceSettingsRepository(Jdbi jdbi) {
    this.dao = SqlObjects.onDemand(jdbi, Dao.class);
  }

  @Override
  public WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
    return dao.settings(teamId, confirmationsDefault);
  }

  @Override
  public void setConfirmationsInChannel(
      String teamId, boolean inChannel, String userId, Instant at) {
    dao.put(teamId, CONFIRMATIONS, inChannel ? "channel" : "ephemeral", userId, at);
  }

  @Override
  public void setPostmortemDueDays(String teamId, int days, String userId, Instant at) {
    dao.put(teamId, POSTMORTEM_DUE_DAYS, Integer.toString(days), userId, at);
  }

  @Override
  public void mapReaction(String teamId, String reaction, Optional<Marker> marker) {
    dao.map(teamId, reaction, marker.map(Marker::name).orElse(OFF));
  }

  @Override
  public void mapReactionToActionItems(String teamId, String reaction) {
    dao.map(teamId, reaction, WorkspaceSettings.ACTION_ITEM);
  }

  interface Dao {
    record MappingRow(String reaction, String marker) {}

    /** The settings over their defaults; one on-demand call, so both reads share a connection. */
    default WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
      boolean inChannel =
          setting(teamId, CONFIRMATIONS).map("channel"::equals).orElse(confirmationsDefault);
      Map<String, String> overrides = new LinkedHashMap<>();
      mappings(teamId).forEach(row -> overrides.put(row.reaction(), row.marker()));
      int dueDays =
          setting(teamId, POSTMORTEM_DUE_DAYS)
              .map(Integer::parseInt)
              .orElse(WorkspaceSettings.DEFAULT_POSTMORTEM_DUE_DAYS);
      return WorkspaceSettings.withOverrides(inChannel, overrides).withPostmortemDueDays(dueDays);
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
