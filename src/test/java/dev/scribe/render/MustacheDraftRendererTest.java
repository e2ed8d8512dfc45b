package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import dev.scribe.postmortem.DraftTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MustacheDraftRendererTest {

  @Test
  void aTemplateCannotIncludeFilesFromTheServer() throws Exception {
    // A file the working directory really has: the default resolver would have read it.
    Path secret =
        Files.writeString(Path.of("target", "partial-probe.txt"), "SLACK_BOT_TOKEN=xoxb-secret");
    try {
      DraftTemplate template = DraftTemplate.of("sneaky", "{{> target/partial-probe.txt}}\n");
      assertThatThrownBy(() -> new MustacheDraftRenderer().check(template))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining("cannot include other files")
          .hasMessageNotContaining("xoxb-secret");
    } finally {
      Files.deleteIfExists(secret);
    }
  }
}
