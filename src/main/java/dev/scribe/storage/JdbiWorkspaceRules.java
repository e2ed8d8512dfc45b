package dev.scribe.storage;

import dev.scribe.workspace.WorkspaceRules;
import dev.scribe.workspace.WorkspaceRules.AdminGroup;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Workspace rules as rows of {@code workspace_settings}: {@code late_events} (minutes) and {@code
 * admin_group} ({@code S123|handle}, removed when none).
 */
public final class JdbiWorkspaceRules implements WorkspaceRulesRepository {

  static final String LATE_EVENTS = "late_events";
  static final String ADMIN_GROUP = "admin_group";

  private final SqlObjects.Attached<Dao> dao;

  public JdbiWorkspaceRules(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
  }

  @Override
  public WorkspaceRules rules(String teamId) {
    Map<String, String> values =
        dao.get().values(teamId, List.of(LATE_EVENTS, ADMIN_GROUP)).stream()
            .collect(Collectors.toMap(Dao.Setting::name, Dao.Setting::value));
    Duration window =
        Optional.ofNullable(values.get(LATE_EVENTS))
            .map(minutes -> Duration.ofMinutes(Long.parseLong(minutes)))
            .orElse(WorkspaceRules.DEFAULT_LATE_EVENT_WINDOW);
    Optional<AdminGroup> group =
        Optional.ofNullable(values.get(ADMIN_GROUP))
            .map(value -> value.split("\\|", 2))
            .map(parts -> new AdminGroup(parts[0], parts.length > 1 ? parts[1] : parts[0]));
    return new WorkspaceRules(window, group);
  }

  @Override
  public void setLateEventWindow(String teamId, Duration window, String userId, Instant at) {
    dao.get().put(teamId, LATE_EVENTS, String.valueOf(window.toMinutes()), userId, at);
  }

  @Override
  public void setAdminGroup(String teamId, Optional<AdminGroup> group, String userId, Instant at) {
    if (group.isPresent()) {
      String value = group.get().id() + "|" + group.get().handle();
      dao.get().put(teamId, ADMIN_GROUP, value, userId, at);
    } else {
      dao.get().remove(teamId, ADMIN_GROUP);
    }
  }

  interface Dao {
    record Setting(String name, String value) {}

    @SqlQuery(
        "SELECT name, value FROM workspace_settings WHERE team_id = :teamId AND name IN (<names>)")
    @RegisterConstructorMapper(Setting.class)
    List<Setting> values(String teamId, @BindList("names") List<String> names);

    @SqlUpdate(
        """
        INSERT INTO workspace_settings (team_id, name, value, updated_by, updated_at)
        VALUES (:teamId, :name, :value, :userId, :at)
        ON CONFLICT (team_id, name) DO UPDATE
          SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
        """)
    void put(String teamId, String name, String value, String userId, Instant at);

    @SqlUpdate("DELETE FROM workspace_settings WHERE team_id = :teamId AND name = :name")
    void remove(String teamId, String name);
  }
}
