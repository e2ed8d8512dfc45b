package dev.scribe.postmortem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Draft templates in memory; passes {@link TemplateStoreContract}. */
public final class FakeTemplateStore implements TemplateStore {

  /** Team → name → template, names in order. */
  private final Map<String, Map<String, DraftTemplate>> templates = new TreeMap<>();

  @Override
  public synchronized void save(String teamId, DraftTemplate template, String userId, Instant at) {
    templates.computeIfAbsent(teamId, t -> new TreeMap<>()).put(template.name(), template);
  }

  @Override
  public synchronized boolean delete(String teamId, String name) {
    return of(teamId).remove(name) != null;
  }

  @Override
  public TemplateCatalog catalog(String teamId) {
    return new TemplateCatalog() {
      @Override
      public List<TemplateInfo> list() {
        synchronized (FakeTemplateStore.this) {
          return of(teamId).values().stream().map(DraftTemplate::info).toList();
        }
      }

      @Override
      public Optional<DraftTemplate> find(String name) {
        synchronized (FakeTemplateStore.this) {
          return Optional.ofNullable(of(teamId).get(name));
        }
      }
    };
  }

  private Map<String, DraftTemplate> of(String teamId) {
    return templates.getOrDefault(teamId, new TreeMap<>());
  }
}
