package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.postmortem.DraftFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what users read: each built-in template filled from the fixed checkout incident. Run with
 * {@code -Dscribe.updateGoldens=true} to rewrite the goldens, then review the diff by eye.
 */
class GoldenDraftTest {

  private static final Path GOLDENS = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @ValueSource(strings = {"full", "aws", "leanup", "brief"})
  void draftMatchesGolden(String template) throws IOException {
    String draft = Drafts.service().markdown(DraftFixtures.source(), template);
    Path golden = GOLDENS.resolve(template + ".md");
    if (Boolean.getBoolean("scribe.updateGoldens")) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, draft, StandardCharsets.UTF_8);
    }
    assertThat(draft).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
