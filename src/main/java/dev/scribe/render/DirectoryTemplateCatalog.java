package dev.scribe.render;

import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.postmortem.TemplateInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A team's own templates: every {@code NAME.mustache} file in one directory. Read on each use, so a
 * template edited on disk is picked up by the next draft without a restart.
 */
public final class DirectoryTemplateCatalog implements TemplateCatalog {

  private static final String SUFFIX = ".mustache";

  private final Path directory;

  public DirectoryTemplateCatalog(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a directory of draft templates: " + directory);
    }
    this.directory = directory;
  }

  @Override
  public List<TemplateInfo> list() {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(SUFFIX))
          .map(f -> f.substring(0, f.length() - SUFFIX.length()))
          .filter(DraftTemplate::isValidName)
          .sorted()
          .flatMap(name -> find(name).stream())
          .map(DraftTemplate::info)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<DraftTemplate> find(String name) {
    // The name comes from users: only a plain file name may reach the file system.
    if (!DraftTemplate.isValidName(name.strip())) {
      return Optional.empty();
    }
    String normal = name.strip().toLowerCase(Locale.ROOT);
    Path file = directory.resolve(normal + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DraftTemplate.of(normal, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
