package dev.scribe.render;

import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.postmortem.TemplateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The templates shipped in the jar, under {@code templates/NAME.mustache}. */
public final class BuiltInTemplateCatalog implements TemplateCatalog {

  /** In the order {@code /pm draft list} shows them; the first is the default. */
  static final List<String> NAMES = List.of("full", "aws", "leanup", "brief");

  private final Map<String, DraftTemplate> templates = new LinkedHashMap<>();

  public BuiltInTemplateCatalog() {
    NAMES.forEach(name -> templates.put(name, DraftTemplate.of(name, read(name))));
  }

  @Override
  public List<TemplateInfo> list() {
    return templates.values().stream().map(DraftTemplate::info).toList();
  }

  @Override
  public Optional<DraftTemplate> find(String name) {
    return Optional.ofNullable(templates.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  private static String read(String name) {
    String path = "/templates/" + name + ".mustache";
    try (InputStream in = BuiltInTemplateCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in template missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
