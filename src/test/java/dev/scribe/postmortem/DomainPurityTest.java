package dev.scribe.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The draft's domain knows nothing of Slack, SQL or mustache: only java.* and Scribe's domain. */
class DomainPurityTest {

  private static final String ALLOWED =
      "import (static )?(java\\.|dev\\.scribe\\.(common|incident|timeline|metrics|actions|postmortem)\\.).*";

  @Test
  void thePostmortemPackageImportsOnlyJavaAndScribe() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "dev", "scribe", "postmortem"))) {
      List<String> imports = files
          .flatMap(DomainPurityTest::lines)
          .filter(l -> l.startsWith("import "))
          .filter(l -> !l.matches(ALLOWED))
          .toList();
      assertThat(imports).isEmpty();
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
