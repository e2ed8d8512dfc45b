package dev.scribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain knows nothing of Slack, SQL, mustache or the network: its packages import only {@code
 * java.*} and each other. Adapters depend on the domain, never the other way round.
 */
class ArchitectureTest {

  private static final String ALLOWED =
      "import (static )?(java\\.|dev\\.scribe\\.(common|incident|timeline|metrics|actions|postmortem|workspace)\\.).*";

  @ParameterizedTest
  @ValueSource(
      strings = {"common", "incident", "timeline", "metrics", "actions", "postmortem", "workspace"})
  void domainPackagesImportOnlyJavaAndTheDomain(String domainPackage) throws IOException {
    try (Stream<Path> files =
        Files.list(Path.of("src", "main", "java", "dev", "scribe", domainPackage))) {
      List<String> imports =
          files
              .flatMap(ArchitectureTest::lines)
              .filter(l -> l.startsWith("import "))
              .filter(l -> !l.matches(ALLOWED))
              .toList();
      assertThat(imports).as(domainPackage).isEmpty();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
