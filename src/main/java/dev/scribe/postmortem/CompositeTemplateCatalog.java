package dev.scribe.postmortem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Several catalogues seen as one. The first that has a name wins, so a team's own template can
 * replace a built-in one by taking its name: put the stored and directory catalogues before the
 * built-in one.
 */
public final class CompositeTemplateCatalog implements TemplateCatalog {

  private final List<TemplateCatalog> sources;

  public CompositeTemplateCatalog(List<TemplateCatalog> sources) {
    this.sources = List.copyOf(sources);
    this.sources.forEach(s -> Objects.requireNonNull(s, "source"));
  }

  public CompositeTemplateCatalog(TemplateCatalog... sources) {
    this(List.of(sources));
  }

  @Override
  public List<TemplateInfo> list() {
    Map<String, TemplateInfo> byName = new LinkedHashMap<>();
    for (TemplateCatalog source : sources) {
      source.list().forEach(info -> byName.putIfAbsent(info.name(), info));
    }
    return List.copyOf(byName.values());
  }

  @Override
  public Optional<DraftTemplate> find(String name) {
    for (TemplateCatalog source : sources) {
      Optional<DraftTemplate> found = source.find(name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
