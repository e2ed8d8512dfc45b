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
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Draft templates stored per workspace. */
public final class JdbiTemplateStore implements TemplateStore {

  private final Jdbi jdbi;

  public JdbiTemplateStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(String teamId, DraftTemplate template, String userId, Instant at) {
    jdbi.useHandle(
        h ->
            h.attach(Dao.class)
                .save(teamId, template.name(), template.source(), userId, at.toEpochMilli()));
  }

  @Override
  public boolean delete(String teamId, String name) {
    return jdbi.withHandle(h -> h.attach(Dao.class).delete(teamId, name)) > 0;
  }

  @Override
  public TemplateCatalog catalog(String teamId) {
    return new TemplateCatalog() {
      @Override
      public List<TemplateInfo> list() {
        return rows(teamId).stream()
            .map(r -> DraftTemplate.of(r.name(), r.source()).info())
            .toList();
      }

      @Override
      public Optional<DraftTemplate> find(String name) {
        return jdbi.withHandle(h -> h.attach(Dao.class).find(teamId, name))
            .map(r -> DraftTemplate.of(r.name(), r.source()));
      }
    };
  }

  private List<Dao.TemplateRow> rows(String teamId) {
    return jdbi.withHandle(h -> h.attach(Dao.class).list(teamId));
  }

  interface Dao {
    record TemplateRow(String name, String source) {}

    @SqlQuery("SELECT name, source FROM draft_templates WHERE team_id = :teamId ORDER BY name")
    @RegisterConstructorMapper(TemplateRow.class)
    List<TemplateRow> list(@Bind("teamId") String teamId);

    @SqlQuery("SELECT name, source FROM draft_templates WHERE team_id = :teamId AND name = :name")
    @RegisterConstructorMapper(TemplateRow.class)
    Optional<TemplateRow> find(@Bind("teamId") String teamId, @Bind("name") String name);

    @SqlUpdate(
        """
        INSERT INTO draft_templates (team_id, name, source, updated_by, updated_at)
        VALUES (:teamId, :name, :source, :userId, :at)
        ON CONFLICT (team_id, name) DO UPDATE
          SET source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at
        """)
    void save(
        @Bind("teamId") String teamId,
        @Bind("name") String name,
        @Bind("source") String source,
        @Bind("userId") String userId,
        @Bind("at") long at);

    @SqlUpdate("DELETE FROM draft_templates WHERE team_id = :teamId AND name = :name")
    int delete(@Bind("teamId") String teamId, @Bind("name") String name);
  }
}
