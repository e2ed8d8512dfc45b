package dev.scribe.storage;

import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.postmortem.TemplateInfo;
import dev.scribe.postmortem.TemplateStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Draft templates stored per workspace. */
public final class JdbiTemplateStore implements TemplateStore {

  private final SqlObjects.Attached<Dao> dao;

  public JdbiTemplateStore(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, Dao.class);
  }

  @Override
  public void save(String teamId, DraftTemplate template, String userId, Instant at) {
    dao.get().save(teamId, template.name(), template.source(), userId, at);
  }

  @Override
  public boolean delete(String teamId, String name) {
    return dao.get().delete(teamId, name) > 0;
  }

  @Override
  public TemplateCatalog catalog(String teamId) {
    return new TemplateCatalog() {
      @Override
      public List<TemplateInfo> list() {
        return dao.get().list(teamId).stream().map(r -> r.template().info()).toList();
      }

      @Override
      public Optional<DraftTemplate> find(String name) {
        return dao.get().find(teamId, name).map(Dao.TemplateRow::template);
      }
    };
  }

  interface Dao {
    record TemplateRow(String name, String source) {
      DraftTemplate template() {
        return DraftTemplate.of(name, source);
      }
    }

    @SqlQuery("SELECT name, source FROM draft_templates WHERE team_id = :teamId ORDER BY name")
    @RegisterConstructorMapper(TemplateRow.class)
    List<TemplateRow> list(String teamId);

    @SqlQuery("SELECT name, source FROM draft_templates WHERE team_id = :teamId AND name = :name")
    @RegisterConstructorMapper(TemplateRow.class)
    Optional<TemplateRow> find(String teamId, String name);

    @SqlUpdate(
        """
        INSERT INTO draft_templates (team_id, name, source, updated_by, updated_at)
        VALUES (:teamId, :name, :source, :userId, :at)
        ON CONFLICT (team_id, name) DO UPDATE
          SET source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at
        """)
    void save(String teamId, String name, String source, String userId, Instant at);

    @SqlUpdate("DELETE FROM draft_templates WHERE team_id = :teamId AND name = :name")
    int delete(String teamId, String name);
  }
}
